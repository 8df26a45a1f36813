/**
 * Control characters (C0, DEL, C1) are never part of a name, an address or a line of text: a NUL
 * byte cannot even be stored in PostgreSQL text (the insert fails), and the others end up in
 * emails, calendar files and spreadsheets. Forms refuse them with the field error
 * `controlCharacters`, in every language.
 */
const CONTROL = /\p{Cc}/u;
/** The same in multi-line notes, where line breaks and tabs are fine. */
const CONTROL_EXCEPT_LINE_BREAKS = /(?![\t\n\r])\p{Cc}/u;

export const CONTROL_CHARACTERS_ERROR = "controlCharacters";

export function hasNoControlCharacters(value: string): boolean {
  return !CONTROL.test(value);
}

export function hasNoControlCharactersInNote(value: string): boolean {
  return !CONTROL_EXCEPT_LINE_BREAKS.test(value);
}

/** The largest id a PostgreSQL `integer` column holds: a bigger number names no row. */
export const MAX_DATABASE_ID = 2_147_483_647;
