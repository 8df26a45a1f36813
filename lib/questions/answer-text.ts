import type { AnswerValue, RegistrationQuestion } from "@/db/schema/questions";
import { localize } from "@/lib/i18n/localize";

type Words = { yes: string; no: string; country: (code: string) => string | null };

/**
 * An answer in words, in the reader's language: option labels (a removed option included, by its
 * stored key), yes/no, a country's name. Null when the delegate did not answer.
 */
export function answerText(
  question: Pick<RegistrationQuestion, "kind" | "options">,
  value: AnswerValue | undefined,
  locale: string,
  words: Words,
) {
  if (value === undefined) return null;
  const option = (key: string) => {
    const found = question.options.find((o) => o.key === key);
    return found ? localize(found.label, locale) : key;
  };
  switch (question.kind) {
    case "yes_no":
      return value === true ? words.yes : words.no;
    case "single_choice":
      return option(String(value));
    case "multiple_choice":
      return (Array.isArray(value) ? value : [String(value)]).map(option).join("; ");
    case "country":
      return words.country(String(value)) ?? String(value);
    default:
      return String(value);
  }
}
