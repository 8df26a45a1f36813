import "server-only";
import { intlLocale } from "@/lib/i18n/localize";
import en from "@/lib/i18n/messages/en/registrations.json";
import es from "@/lib/i18n/messages/es/registrations.json";
import fr from "@/lib/i18n/messages/fr/registrations.json";
import pt from "@/lib/i18n/messages/pt/registrations.json";

const catalogues = { en, es, pt, fr } as const;

/**
 * Words for the codes an export holds (status, stakeholder group, country), in the organiser's
 * language — the dashboard's own labels, so the file reads like the registrations table.
 */
export function exportLabels(locale: string) {
  const messages = catalogues[locale as keyof typeof catalogues] ?? catalogues.en;
  const regions = new Intl.DisplayNames([intlLocale(locale)], { type: "region", fallback: "code" });
  const pick = (table: Record<string, string>, code: string | null) => (code === null ? null : (table[code] ?? code));
  return {
    status: (code: string) => pick(messages.status, code),
    signupStatus: (code: string) => pick(messages.signupStatus, code),
    group: (code: string | null) => pick(messages.groups, code),
    country: (code: string | null) => (code === null ? null : (regions.of(code) ?? code)),
    answer: { yes: messages.answers.yes, no: messages.answers.no },
  };
}
