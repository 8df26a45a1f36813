import "@/lib/validation/zod-without-eval";
import { z } from "zod";
import { type StakeholderGroup, stakeholderGroups } from "@/lib/registration/options";
import { isPlainText } from "@/lib/validation/plain-text";
import { preferredLanguages } from "@/lib/validation/registration";
import { CONTROL_CHARACTERS_ERROR, hasNoControlCharacters } from "@/lib/validation/text";

/**
 * One invitee, as the organisers' form and each row of an imported file give it. Shared by the
 * browser (zodResolver) and the server. Errors are keys of `invitations.errors`.
 */
const text = (max: number) =>
  z.string().trim().max(max, { error: "tooLong" }).refine(hasNoControlCharacters, { error: CONTROL_CHARACTERS_ERROR });

/** A spreadsheet cell says "ES" or "es": the code, whatever its case; blank is English. */
const language = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => value || "en")
  .pipe(z.enum(preferredLanguages, { error: "unknownLanguage" }));

/** A group's key ("civil_society", "Civil society" or "civil-society" alike); blank is none. */
const group = z
  .string()
  .trim()
  .transform((value) => value.toLowerCase().replace(/[\s-]+/g, "_"))
  .refine((value) => value === "" || (stakeholderGroups as readonly string[]).includes(value), { error: "unknownGroup" })
  .transform((value) => (value === "" ? null : (value as StakeholderGroup)));

export const inviteeSchema = z.object({
  // The name is the one thing of the row our emails echo: plain words only, as on the registration form.
  name: text(200)
    .min(1, { error: "required" })
    .refine((value) => isPlainText(value, "name"), { error: "plainText" }),
  email: z
    .string()
    .trim()
    .min(1, { error: "required" })
    .max(254, { error: "tooLong" })
    .pipe(z.email({ error: "email" })),
  organisation: text(200).transform((value) => value || null),
  preferredLanguage: z.string().optional().default("").pipe(language),
  stakeholderGroup: z.string().optional().default("").pipe(group),
});

export type InviteeInput = z.output<typeof inviteeSchema>;
export type InviteeFormValues = z.input<typeof inviteeSchema>;
