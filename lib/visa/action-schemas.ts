import "@/lib/validation/zod-without-eval";
import { z } from "zod";
import { isPlainText, PLAIN_TEXT_ERROR } from "@/lib/validation/plain-text";
import { CONTROL_CHARACTERS_ERROR, hasNoControlCharacters, MAX_DATABASE_ID } from "@/lib/validation/text";

/** The administrators' visa forms. Errors are keys of `visa.errors`. */
const plain = (max: number) =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(max, { error: "tooLong" })
    .refine(hasNoControlCharacters, { error: CONTROL_CHARACTERS_ERROR })
    .refine((value) => !hasNoControlCharacters(value) || isPlainText(value), { error: PLAIN_TEXT_ERROR });

/** The letterhead: printed on every letter, so plain words only. The logo is judged by its bytes (lib/uploads/check.ts). */
export const letterheadSchema = z.object({
  issuingBody: plain(200),
  signatoryName: plain(120),
  signatoryTitle: plain(200),
  // An empty file input posts an empty file: the current logo stays.
  logo: z
    .instanceof(File)
    .optional()
    .transform((file) => (file && file.size > 0 ? file : undefined)),
});
export type LetterheadInput = z.output<typeof letterheadSchema>;

/** Issue or email one registration's letter. */
export const visaLetterSchema = z.object({ id: z.coerce.number().int().positive().max(MAX_DATABASE_ID) });
