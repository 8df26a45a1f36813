import "@/lib/validation/zod-without-eval";
import { z } from "zod";
import { CONTROL_CHARACTERS_ERROR, hasNoControlCharacters } from "./text";

/** One line of text typed into a form: trimmed, at most `max` characters, no control characters. */
export const singleLine = (max: number) =>
  z.string().trim().max(max, { error: "tooLong" }).refine(hasNoControlCharacters, { error: CONTROL_CHARACTERS_ERROR });
