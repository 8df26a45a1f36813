/** The locales the interface is translated into; event texts need at least `en` (and should have `es`). */
export const locales = ["en", "es", "pt", "fr"] as const;
export type Locale = (typeof locales)[number];

/** A text stored in several languages, e.g. `{ en: "Opening", es: "Apertura" }`. */
export type LocalizedText = { en: string } & Partial<Record<Exclude<Locale, "en">, string>>;

export type Speaker = { name: string; role?: LocalizedText };
