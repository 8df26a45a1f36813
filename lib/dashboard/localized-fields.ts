import type { LocalizedText } from "@/db/schema/localized";

type Suffix = "En" | "Es" | "Pt" | "Fr";
const suffixes: [Suffix, "en" | "es" | "pt" | "fr"][] = [
  ["En", "en"],
  ["Es", "es"],
  ["Pt", "pt"],
  ["Fr", "fr"],
];

/** `{ titleEn, titleEs, ... }` form fields as a stored text, leaving out empty translations. */
export function toLocalized(fields: Record<string, unknown>, prefix: string): LocalizedText {
  const text: Record<string, string> = { en: String(fields[`${prefix}En`] ?? "") };
  for (const [suffix, locale] of suffixes.slice(1)) {
    const value = fields[`${prefix}${suffix}`];
    if (typeof value === "string" && value !== "") text[locale] = value;
  }
  return text as LocalizedText;
}

/** The reverse, to fill a form. */
export function fromLocalized(text: LocalizedText | null | undefined, prefix: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [suffix, locale] of suffixes) values[`${prefix}${suffix}`] = (text as Record<string, string> | null)?.[locale] ?? "";
  return values;
}
