import type { AnswerValue, RegistrationQuestion } from "@/db/schema/questions";
import { localize } from "@/lib/i18n/localize";
import type { QuestionDefinition } from "./answers-schema";

/** A question as the registration form shows it: in the reader's language, only the options still offered. */
export type FormQuestion = Omit<QuestionDefinition, "options"> & { label: string; options: { key: string; label: string }[] };

export function toFormQuestions(questions: readonly RegistrationQuestion[], locale: string): FormQuestion[] {
  return questions.map((q) => ({
    id: q.id,
    kind: q.kind,
    required: q.required,
    label: localize(q.label, locale),
    options: q.options.filter((o) => !o.removed).map((o) => ({ key: o.key, label: localize(o.label, locale) })),
  }));
}

/** Stored answers as the form's values: texts as they are, yes/no as "yes"/"no", chosen options by key. */
export function answerFormValues(answers: Record<number, AnswerValue>): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [id, value] of Object.entries(answers)) {
    values[`q${id}`] = Array.isArray(value) ? value : [typeof value === "boolean" ? (value ? "yes" : "no") : value];
  }
  return values;
}
