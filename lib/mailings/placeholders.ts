/**
 * The placeholders a mailing may use, filled per recipient: `{name}` (the delegate's name),
 * `{manageLink}` (a fresh personal link to their registration) and `{sessions}` (their sessions,
 * with times in the dialogue's zone). Anything else in braces is an error, so that a typo such as
 * `{nmae}` never reaches a delegate's inbox.
 */
export const placeholderNames = ["name", "manageLink", "sessions"] as const;
export type PlaceholderName = (typeof placeholderNames)[number];
export type PlaceholderValues = Record<PlaceholderName, string>;

/** Only `{name}` reads well in a subject line: links and session lists belong in the body. */
export const subjectPlaceholders: readonly PlaceholderName[] = ["name"];

const placeholderPattern = /\{([^{}\n]*)\}/g;

/** The names in braces that `text` uses, in order, without repeats. */
export function placeholdersIn(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(placeholderPattern), (match) => match[1] ?? ""))];
}

/** The placeholders of `text` that are not in `allowed` (empty when all are known). */
export function unknownPlaceholders(text: string, allowed: readonly string[] = placeholderNames): string[] {
  return placeholdersIn(text).filter((name) => !allowed.includes(name));
}

/** Whether `text` uses `{name}` (e.g. whether a personal link must be made for the message). */
export function usesPlaceholder(text: string, name: PlaceholderName): boolean {
  return placeholdersIn(text).includes(name);
}

/** `text` with every known placeholder replaced by its value (unknown ones were refused before). */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(placeholderPattern, (whole, name: string) =>
    (placeholderNames as readonly string[]).includes(name) ? values[name as PlaceholderName] : whole,
  );
}
