import { z } from "zod";
import { eventStatus } from "@/db/schema/enums";
import { dialogueModeField, remoteLinkField } from "@/lib/hybrid/participation-schema";
import { checkbox, localDateTime, optionalCapacity, optionalEmail } from "./form-fields";

/**
 * A whole number in a range (the field's own error key); absent from the post means "unchanged"
 * (older forms and scripts), empty is an error.
 */
const wholeNumber = (error: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === undefined ? undefined : value === "" ? Number.NaN : Number(value)))
    .pipe(z.number({ error }).int({ error }).min(min, { error }).max(max, { error }).optional());

/** The dialogue's registration settings (shared by the form and its action). */
export const eventSettingsSchema = z
  .object({
    registrationOpen: checkbox,
    registrationOpensAt: localDateTime,
    registrationClosesAt: localDateTime,
    capacity: optionalCapacity(1),
    participationMode: dialogueModeField,
    remoteCapacity: optionalCapacity(1),
    remoteLink: remoteLinkField,
    requiresApproval: checkbox,
    inviteOnly: checkbox,
    holdMinutes: wholeNumber("holdMinutes", 5, 10_080),
    maxUnconfirmedHolds: wholeNumber("maxUnconfirmedHolds", 1, 100_000),
    streamUrl: z
      .string()
      .trim()
      .max(500, { error: "tooLong" })
      .optional()
      .transform((value) => value || null)
      .pipe(z.url({ protocol: /^https?$/, error: "url" }).nullable()),
    /** Where delegates' replies to our emails go (their Reply-To); empty means none. */
    contactEmail: optionalEmail,
    status: z.enum(eventStatus.enumValues, { error: "required" }),
    /** Days before the first day for the automatic reminder; empty: none; absent: unchanged. */
    reminderDaysBefore: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value === undefined ? undefined : value === "" ? null : Number(value)))
      .pipe(
        z
          .number({ error: "reminderDaysBefore" })
          .int({ error: "reminderDaysBefore" })
          .min(1, { error: "reminderDaysBefore" })
          .max(60, { error: "reminderDaysBefore" })
          .nullable()
          .optional(),
      ),
  })
  .refine((s) => !s.registrationOpensAt || !s.registrationClosesAt || s.registrationClosesAt > s.registrationOpensAt, {
    path: ["registrationClosesAt"],
    error: "closesBeforeOpens",
  });

export type EventSettingsForm = z.output<typeof eventSettingsSchema>;
