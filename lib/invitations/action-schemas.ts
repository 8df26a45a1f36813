import "@/lib/validation/zod-without-eval";
import { z } from "zod";
import { MAX_DATABASE_ID } from "@/lib/validation/text";

/** The organisers' invitation forms besides the invitee form (invitee-schema.ts). Errors: keys of `invitations.errors`. */
export const inviteeIdSchema = z.object({ id: z.coerce.number().int().positive().max(MAX_DATABASE_ID) });

/** An uploaded file; its content is judged by lib/invitations/import-file.ts, never its name or type. */
export const importFileSchema = z.object({ file: z.instanceof(File, { error: "fileRequired" }) });

/** A button that sends to everyone concerned: nothing to fill in. */
export const sendAllSchema = z.object({});
