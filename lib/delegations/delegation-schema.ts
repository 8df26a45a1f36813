import "@/lib/validation/zod-without-eval";
import { z } from "zod";
import { isCountryCode } from "@/lib/registration/countries";
import { isPlainText } from "@/lib/validation/plain-text";
import { preferredLanguages } from "@/lib/validation/registration";
import { singleLine as text } from "@/lib/validation/single-line";

/**
 * A delegation as the organisers' form gives it, shared by the browser (zodResolver) and the server.
 * The deadline is a wall time in the dialogue's zone ("2023-11-20T18:00"); the action turns it into
 * an instant with the dialogue's zone. Errors are keys of `delegationsAdmin.errors`.
 */
export const delegationSchema = z.object({
  // Emails to the focal point and its members name the delegation: plain words only.
  name: text(160)
    .min(1, { error: "required" })
    .refine((value) => isPlainText(value, "text"), { error: "plainText" }),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .refine((value) => value === "" || isCountryCode(value), { error: "country" })
    .transform((value) => value || null),
  quota: z
    .string()
    .trim()
    .transform((value) => (value === "" ? Number.NaN : Number(value)))
    .pipe(z.number({ error: "quota" }).int({ error: "quota" }).min(1, { error: "quota" }).max(500, { error: "quota" })),
  focalName: text(200)
    .min(1, { error: "required" })
    .refine((value) => isPlainText(value, "name"), { error: "plainText" }),
  focalEmail: z
    .string()
    .trim()
    .min(1, { error: "required" })
    .max(254, { error: "tooLong" })
    .pipe(z.email({ error: "email" })),
  focalLanguage: z.enum(preferredLanguages, { error: "language" }),
  deadline: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { error: "dateTime" }),
});
