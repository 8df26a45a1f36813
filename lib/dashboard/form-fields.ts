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
