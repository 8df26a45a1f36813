import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** The languages an organiser writes a session or theme in, the suffix of their field names, and whether the text is required. */
const languages = [
  ["En", "en", true],
  ["Es", "es", true],
  ["Pt", "pt", false],
  ["Fr", "fr", false],
] as const;

/**
 * One fieldset per language (marked with its `lang`), holding the fields `children` makes for that
 * suffix. `englishOnly`: only English is required (the others fall back to it).
 */
export function LanguageFieldsets({
  children,
  englishOnly = false,
}: {
  children: (suffix: string, required: boolean) => ReactNode;
  englishOnly?: boolean;
}) {
  const t = useTranslations("sessionsAdmin");
  return languages.map(([suffix, lang, required]) => (
    <fieldset key={suffix} lang={lang}>
      <legend>{t(`form.language.${lang}`)}</legend>
      {children(suffix, englishOnly ? lang === "en" : required)}
    </fieldset>
  ));
}
