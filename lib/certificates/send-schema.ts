import { z } from "zod";

/**
 * The organiser's "Send certificates": a tick that they mean it, and the count they were shown
 * (if it changed meanwhile, they are shown the new one instead of sending to people they did not see).
 */
export const sendCertificatesSchema = z.object({
  confirm: z.literal("on", { error: "confirmRequired" }),
  confirmCount: z.coerce
    .number({ error: "countMismatch" })
    .int({ error: "countMismatch" })
    .min(0, { error: "countMismatch" })
    .max(1_000_000, { error: "countMismatch" }),
});
