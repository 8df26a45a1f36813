import type { LocalizedText } from "@/db/schema/localized";

/** A stored text in the reader's language, falling back to English (always present). */
export function localize(text: LocalizedText | null | undefined, locale: string): string {
  if (!text) return "";
  return (text as Record<string, string | undefined>)[locale] ?? text.en;
}

/** True when the text exists in the reader's language (for a `lang` attribute on fallbacks). */
export function localizedLang(text: LocalizedText | null | undefined, locale: string): string {
  if (!text) return locale;
  return (text as Record<string, string | undefined>)[locale] ? locale : "en";
}

/**
 * The BCP 47 tag used for formatting dates, numbers and names: British English and Brazilian
 * Portuguese read most naturally for this audience ("27–29 November 2023").
 */
export function intlLocale(locale: string): string {
  return ({ en: "en-GB", pt: "pt-BR" } as Record<string, string>)[locale] ?? locale;
}

/** Dates of an event (YYYY-MM-DD, already local to the event) as "27–29 November 2023". */
export function formatDateRange(locale: string, start: string, end: string): string {
  const format = new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return format.formatRange(new Date(`${start}T12:00:00Z`), new Date(`${end}T12:00:00Z`));
}

/** A country's name in the reader's language, from its ISO code. */
export function countryName(code: string, locale: string): string {
  return new Intl.DisplayNames([intlLocale(locale)], { type: "region" }).of(code.toUpperCase()) ?? code;
}
