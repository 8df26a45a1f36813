import "@/lib/validation/zod-without-eval";
import { z } from "zod";
import { registrationStatus, stakeholderGroup } from "@/db/schema/enums";
import { CONTROL_CHARACTERS_ERROR, hasNoControlCharacters, hasNoControlCharactersInNote, MAX_DATABASE_ID } from "@/lib/validation/text";
import { placeholderNames, subjectPlaceholders, unknownPlaceholders } from "./placeholders";

/**
 * The mailing compose form: who gets it (the registrations table's filters, strict here: a filter
 * the server cannot read is an error, never silently dropped, since dropping it would widen the
 * audience) and one subject and body per language, English required. Errors are keys of
 * `mailings.validation`.
 */
export const mailingLanguages = [
  ["En", "en"],
  ["Es", "es"],
  ["Pt", "pt"],
  ["Fr", "fr"],
] as const;

const SUBJECT_MAX = 200;
const BODY_MAX = 10_000;

/** An empty select posts "": no filter. */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.enum(values, { error }).optional());

const subject = z
  .string()
  .trim()
  .max(SUBJECT_MAX, { error: "tooLong" })
  .refine(hasNoControlCharacters, { error: CONTROL_CHARACTERS_ERROR })
  .refine((text) => unknownPlaceholders(text, subjectPlaceholders).length === 0, { error: "unknownPlaceholder" });

const body = z
  .string()
  .trim()
  .max(BODY_MAX, { error: "tooLong" })
  .refine(hasNoControlCharactersInNote, { error: CONTROL_CHARACTERS_ERROR })
  .refine((text) => unknownPlaceholders(text, placeholderNames).length === 0, { error: "unknownPlaceholder" });

const mailingAudienceSchema = z.object({
  status: optionalChoice(registrationStatus.enumValues, "audience"),
  group: optionalChoice(stakeholderGroup.enumValues, "audience"),
  country: z
    .string()
    .trim()
    .optional()
    .transform((value) => value?.toUpperCase() || undefined)
    .pipe(
      z
        .string()
        .regex(/^[A-Z]{2}$/, { error: "audience" })
        .optional(),
    ),
  region: optionalChoice(["eu", "lac", "other"] as const, "audience"),
  session: z
    .string()
    .optional()
    .transform((value) => (value ? Number(value) : undefined))
    .pipe(z.number({ error: "audience" }).int({ error: "audience" }).min(1, { error: "audience" }).max(MAX_DATABASE_ID).optional()),
  checkedIn: optionalChoice(["yes", "no"] as const, "audience"),
});

export const composeMailingSchema = mailingAudienceSchema
  .extend({
    /** Made when the compose form is shown: the same form posted twice is one mailing. */
    key: z.string({ error: "expired" }).regex(/^[A-Za-z0-9_-]{16,64}$/, { error: "expired" }),
    subjectEn: subject.min(1, { error: "required" }),
    bodyEn: body.min(1, { error: "required" }),
    subjectEs: subject.optional(),
    bodyEs: body.optional(),
    subjectPt: subject.optional(),
    bodyPt: body.optional(),
    subjectFr: subject.optional(),
    bodyFr: body.optional(),
  })
  .superRefine((form, ctx) => {
    // A translation is a subject and a body: half of one would mix two languages in one message.
    for (const [suffix] of mailingLanguages.slice(1)) {
      const hasSubject = Boolean(form[`subject${suffix}`]);
      const hasBody = Boolean(form[`body${suffix}`]);
      if (hasSubject && !hasBody) ctx.addIssue({ code: "custom", path: [`body${suffix}`], message: "bothOrNeither" });
      if (hasBody && !hasSubject) ctx.addIssue({ code: "custom", path: [`subject${suffix}`], message: "bothOrNeither" });
    }
  });

export type ComposeMailingForm = z.output<typeof composeMailingSchema>;

/** Sending a previewed draft: the organiser types the recipient count they saw, and may confirm a repeat. */
export const sendMailingSchema = z.object({
  id: z.coerce.number().int().positive().max(MAX_DATABASE_ID),
  confirmCount: z
    .string()
    .trim()
    .transform((value) => (value === "" ? Number.NaN : Number(value)))
    .pipe(z.number({ error: "confirmCount" }).int({ error: "confirmCount" }).min(0, { error: "confirmCount" })),
  confirmRepeat: z
    .string()
    .optional()
    .transform((value) => value === "on"),
});
