/**
 * The boundary every form post crosses before zod sees it. PostgreSQL cannot store a NUL character
 * in text: one in any field used to reach the database and answer 500 (with the failed query's
 * values in the log). A field holding one is refused as a whole (`controlCharacters`, the error the
 * schemas give other control characters), so nothing is silently changed and nothing reaches the
 * database; `withoutNul` is for echoing values back and for search boxes, never for stored data.
 */
export function withoutNul(value: string): string {
  return value.includes("\u0000") ? value.replaceAll("\u0000", "") : value;
}

/** The names of the fields (or file names) of a form that hold a NUL character. */
export function fieldsWithNul(formData: FormData): string[] {
  const names = new Set<string>();
  for (const [key, value] of formData.entries()) {
    if (key.includes("\u0000") || (typeof value === "string" ? value : value.name).includes("\u0000")) names.add(withoutNul(key) || "form");
  }
  return [...names];
}
