import { z } from "zod";

/** A checkbox as a form posts it: "on" when ticked (or "true" from a script), absent otherwise. */
export const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");

/** A seat limit: empty means unlimited (null); otherwise a whole number from `min` to 100 000. */
export const optionalCapacity = (min: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? Number(value) : null))
    .pipe(
      z
        .number({ error: "capacity" })
        .int({ error: "capacity" })
        .min(min, { error: "capacity" })
        .max(100_000, { error: "capacity" })
        .nullable(),
    );

const text = (max: number) => z.string().trim().max(max, { error: "tooLong" });
/** A required text of at most `max` characters. */
export const requiredText = (max: number) => text(max).min(1, { error: "required" });
/** An optional text ("" when absent). */
export const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((value) => value ?? "");

/** `datetime-local` value, a wall-clock time in the event's zone; empty means "no bound". */
export const localDateTime = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || null)
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { error: "dateTime" })
      .nullable(),
  );

/** The organisers' address (Reply-To of emails); empty means none. */
export const optionalEmail = z
  .string()
  .trim()
  .max(254, { error: "tooLong" })
  .optional()
  .transform((value) => value || null)
  .pipe(z.email({ error: "email" }).nullable());
