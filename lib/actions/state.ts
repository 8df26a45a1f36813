import { z } from "zod";

/** The one shape every server action returns to its form. Errors are message keys. */
export type ActionState = {
  ok: boolean;
  /** Field name -> message keys. */
  errors?: Record<string, string[]>;
  /** A message key for the whole form. */
  message?: string;
  /** What the user typed (never passwords), so a no-JavaScript post can re-fill the form. */
  values?: Record<string, string>;
  /** With message "rateLimited": how long to wait. */
  retryAfterMinutes?: number;
  /** The session pickers (register, change sessions): the sessions ticked, to tick them again. */
  sessionIds?: string[];
  /** Titles of two chosen sessions that overlap, for the error that names them. */
  clash?: [string, string];
  /** A refused file import: every bad row by its number and field (error keys). */
  rowErrors?: { row: number; field: string; error: string }[];
};

/**
 * A server action as a form receives it (a prop from its server page: client code never imports
 * `app/`). The first argument is React's previous state, which no action trusts or reads.
 */
export type FormAction = (previous: unknown, formData: FormData) => Promise<ActionState>;

/**
 * A server action is a public endpoint: anyone can post it any argument list (one argument where
 * React passes two, a string where a form goes). Only real form data is a form; anything else is
 * refused by the action, not left to throw (a 500).
 */
export function isFormData(value: unknown): value is FormData {
  return value instanceof FormData;
}

export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  return z.flattenError(error).fieldErrors as Record<string, string[]>;
}
