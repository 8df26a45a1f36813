import { z } from "zod";
import {
  checkbox,
  localDateTime,
  optionalText as optional,
  optionalCapacity,
  optionalEmail,
  requiredText as required,
} from "@/lib/dashboard/form-fields";
import { isTimeZone } from "@/lib/time";

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date" });
/** A dialogue's URL slug: lower-case words joined by hyphens. */
const slug = z
  .string()
  .trim()
  .toLowerCase()
  .max(80, { error: "tooLong" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "slug" });
/** An IANA zone this runtime knows (the list the form offers is `Intl.supportedValuesOf("timeZone")`). */
const timeZone = z.string().trim().min(1, { error: "timeZone" }).refine(isTimeZone, { error: "timeZone" });
/** What a dialogue is: its names, place, zone and days (the "details" an administrator edits). */
const detailsFields = {
  /** Not `slug`: organiser forms post the dialogue they work in as `slug`. */
  dialogueSlug: slug,
  titleEn: required(200),
  titleEs: required(200),
  titlePt: optional(200),
  titleFr: optional(200),
  summaryEn: optional(1000),
  summaryEs: optional(1000),
  summaryPt: optional(1000),
  summaryFr: optional(1000),
  city: required(100),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: "country" }),
  venue: required(300),
  timeZone,
  startDate: day,
  endDate: day,
};

const endAfterStart = (s: { startDate: string; endDate: string }) => s.endDate >= s.startDate;
const endAfterStartError = { path: ["endDate"], error: "endBeforeStart" };

/** Editing a dialogue's details; `shiftSessions` moves its sessions along with new dates instead of refusing. */
export const dialogueDetailsSchema = z.object({ ...detailsFields, shiftSessions: checkbox }).refine(endAfterStart, endAfterStartError);

/** A new dialogue: its details and its registration settings; it starts as a draft. */
export const newDialogueSchema = z
  .object({
    ...detailsFields,
    registrationOpensAt: localDateTime,
    registrationClosesAt: localDateTime,
    capacity: optionalCapacity(1),
    requiresApproval: checkbox,
    contactEmail: optionalEmail,
    holdMinutes: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? Number(value) : 30))
      .pipe(
        z
          .number({ error: "holdMinutes" })
          .int({ error: "holdMinutes" })
          .min(5, { error: "holdMinutes" })
          .max(10_080, { error: "holdMinutes" }),
      ),
  })
  .refine(endAfterStart, endAfterStartError)
  .refine((s) => !s.registrationOpensAt || !s.registrationClosesAt || s.registrationClosesAt > s.registrationOpensAt, {
    path: ["registrationClosesAt"],
    error: "closesBeforeOpens",
  });

/** Cloning: the copy's slug, first day and (empty = the same) zone; its last day keeps the source's length. */
export const cloneDialogueSchema = z.object({
  newSlug: slug,
  newStartDate: day,
  newTimeZone: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .pipe(z.string().refine(isTimeZone, { error: "timeZone" }).nullable()),
});

export type DialogueDetailsForm = z.output<typeof dialogueDetailsSchema>;
export type NewDialogueForm = z.output<typeof newDialogueSchema>;
export type CloneDialogueForm = z.output<typeof cloneDialogueSchema>;

/** The time zones the form offers (the runtime's IANA list). */
export function timeZoneChoices(): string[] {
  return Intl.supportedValuesOf("timeZone");
}
