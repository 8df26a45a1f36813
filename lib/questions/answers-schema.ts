import "@/lib/validation/zod-without-eval";
import { z } from "zod";
import type { AnswerValue, RegistrationQuestion } from "@/db/schema/questions";
import { isCountryCode } from "@/lib/registration/countries";
import { CONTROL_CHARACTERS_ERROR, hasNoControlCharacters, hasNoControlCharactersInNote } from "@/lib/validation/text";

/**
 * The answers to a dialogue's own registration questions, as one zod schema built from their
 * definitions: the registration form checks them in the browser (react-hook-form) and the server
 * action parses them again with the same schema, inside the registration's transaction. No
 * database and no server code here: the browser loads this module.
 *
 * Each question is the form field `q<id>`; errors are keys of `registration.errors`.
 */
export type QuestionDefinition = Pick<RegistrationQuestion, "id" | "kind" | "required"> & {
  options: readonly { key: string; removed?: boolean }[];
};

export type Answers = Record<number, AnswerValue>;

const SHORT_MAX = 200;
const LONG_MAX = 2000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The form field of a question. */
export function answerField(questionId: number): string {
  return `q${questionId}`;
}

/** A real calendar day written YYYY-MM-DD (the value of `<input type="date">`). */
function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.toISOString().slice(0, 10) === value;
}

/** "", null, false (an unticked box or an untouched radio group) and [] mean "not answered". */
const blank = (value: unknown) => value === undefined || value === null || value === "" || value === false;

/** One text value (the first of several) trimmed, or undefined when not answered. */
const single = (value: unknown) => {
  const first = Array.isArray(value) ? value[0] : value;
  if (blank(first)) return undefined;
  const text = String(first).trim();
  return text === "" ? undefined : text;
};

function answerSchema(question: QuestionDefinition): z.ZodType<AnswerValue | undefined> {
  const keys = question.options.filter((o) => !o.removed).map((o) => o.key);
  const missing = question.kind === "short_text" || question.kind === "long_text" || question.kind === "date" ? "required" : "choose";
  const ask = (inner: z.ZodType<AnswerValue, string>) =>
    z.preprocess(single, question.required ? z.string({ error: missing }).pipe(inner) : inner.optional()) as z.ZodType<
      AnswerValue | undefined
    >;
  switch (question.kind) {
    case "short_text":
      return ask(z.string().max(SHORT_MAX, { error: "tooLong" }).refine(hasNoControlCharacters, { error: CONTROL_CHARACTERS_ERROR }));
    case "long_text":
      return ask(z.string().max(LONG_MAX, { error: "tooLong" }).refine(hasNoControlCharactersInNote, { error: CONTROL_CHARACTERS_ERROR }));
    case "single_choice":
      return ask(z.string().refine((key) => keys.includes(key), { error: "choose" }));
    case "country":
      return ask(
        z
          .string()
          .toUpperCase()
          .refine((code) => isCountryCode(code), { error: "choose" }),
      );
    case "date":
      return ask(z.string().refine(isIsoDate, { error: "date" }));
    case "yes_no":
      return ask(z.enum(["yes", "no"], { error: "choose" }).transform((value) => value === "yes"));
    case "multiple_choice":
      return z
        .preprocess(
          (value) => (blank(value) ? [] : Array.isArray(value) ? value.map(String) : [String(value)]),
          z.array(z.string().refine((key) => keys.includes(key), { error: "choose" })),
        )
        .refine((chosen) => !question.required || chosen.length > 0, { error: "choose" })
        .transform((chosen) => (chosen.length === 0 ? undefined : [...new Set(chosen)]));
  }
}

/** The schema of every answer of a form; parses to `{ answers: { [questionId]: value } }` without unanswered questions. */
export function answersSchema(questions: readonly QuestionDefinition[]) {
  const shape: Record<string, z.ZodType<AnswerValue | undefined>> = {};
  for (const question of questions) shape[answerField(question.id)] = answerSchema(question);
  return z.object(shape).transform((values) => {
    const answers: Answers = {};
    for (const question of questions) {
      const value = values[answerField(question.id)];
      if (value !== undefined) answers[question.id] = value;
    }
    return { answers };
  });
}

/** A form's own schema with the dialogue's questions added: one parse gives both, with every field's errors. */
export function withAnswers<S extends z.ZodType<object>>(base: S, questions: readonly QuestionDefinition[]) {
  return z.intersection(base, answersSchema(questions));
}
