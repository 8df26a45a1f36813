import type { RegistrationQuestion } from "@/db/schema/questions";
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
