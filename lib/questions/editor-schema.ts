import "@/lib/validation/zod-without-eval";
import { z } from "zod";
import { questionKind } from "@/db/schema/enums";
import { CONTROL_CHARACTERS_ERROR, hasNoControlCharacters, hasNoControlCharactersInNote } from "@/lib/validation/text";

/**
 * The organisers' question editor: one form to add or edit a question. A choice question's options
 * are written one per line, in each language; line n is the same option in every language (English
 * required, the others optional, English shown where one is missing). Errors are keys of
 * `questions.validation`.
 */
export const questionKinds = questionKind.enumValues;
export type QuestionKind = (typeof questionKinds)[number];

export const choiceKinds: readonly QuestionKind[] = ["single_choice", "multiple_choice"];
const MAX_OPTIONS = 50;
const OPTION_MAX = 200;

const label = z.string().trim().max(300, { error: "tooLong" }).refine(hasNoControlCharacters, { error: CONTROL_CHARACTERS_ERROR });

/** Non-empty lines of a textarea, trimmed. */
const optionLines = z
  .string()
  .max(MAX_OPTIONS * (OPTION_MAX + 2), { error: "tooLong" })
  .refine(hasNoControlCharactersInNote, { error: CONTROL_CHARACTERS_ERROR })
  .optional()
  .transform((text) =>
    (text ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ""),
  )
  .refine((lines) => lines.length <= MAX_OPTIONS, { error: "tooManyOptions" })
  .refine((lines) => lines.every((line) => line.length <= OPTION_MAX), { error: "tooLong" });

export const questionFormSchema = z
  .object({
    id: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
    kind: z.enum(questionKinds, { error: "kind" }),
    required: z
      .string()
      .optional()
      .transform((value) => value === "on"),
    labelEn: label.min(1, { error: "required" }),
    labelEs: label.optional(),
    labelPt: label.optional(),
    labelFr: label.optional(),
    optionsEn: optionLines,
    optionsEs: optionLines,
    optionsPt: optionLines,
    optionsFr: optionLines,
  })
  .superRefine((form, ctx) => {
    if (!choiceKinds.includes(form.kind)) return;
    if (form.optionsEn.length === 0) ctx.addIssue({ code: "custom", path: ["optionsEn"], message: "optionsRequired" });
    if (new Set(form.optionsEn).size !== form.optionsEn.length)
      ctx.addIssue({ code: "custom", path: ["optionsEn"], message: "optionsRepeated" });
    for (const suffix of ["Es", "Pt", "Fr"] as const) {
      const lines = form[`options${suffix}`];
      if (lines.length > 0 && lines.length !== form.optionsEn.length) {
        ctx.addIssue({ code: "custom", path: [`options${suffix}`], message: "optionsMismatch" });
      }
    }
  });

export type QuestionForm = z.output<typeof questionFormSchema>;

/** Move a question one place up or down the form. */
export const moveQuestionSchema = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
  direction: z.enum(["up", "down"]),
});

export const removeQuestionSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
