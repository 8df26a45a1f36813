/**
 * The boundary every form post crosses before zod sees it. PostgreSQL cannot store a NUL character
 * in text: one in any field used to reach the database and answer 500 (with the failed query's
 * values in the log). It carries no meaning in a form, so it is dropped here for every field.
 * Other control characters are refused, with a message, by the schemas of the fields that care.
 */
export function withoutNul(value: string): string {
  return value.includes("\u0000") ? value.replaceAll("\u0000", "") : value;
}

/** FormData as a plain object (as Object.fromEntries: the last value of a key wins), NUL dropped. */
export function formFields(formData: FormData): Record<string, FormDataEntryValue> {
  const fields: Record<string, FormDataEntryValue> = {};
  for (const [key, value] of formData.entries()) {
    fields[key] = typeof value === "string" ? withoutNul(value) : value;
  }
  return fields;
}
