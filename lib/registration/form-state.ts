import type { ActionState } from "@/lib/actions";

/** What the registration action returns to its form (no JavaScript needed to show any of it). */
export type RegistrationState = Omit<ActionState, "values"> & {
  values?: Record<string, string>;
  sessionIds?: string[];
  /** Titles of two chosen sessions that overlap, for the error that names them. */
  clash?: [string, string];
  retryAfterMinutes?: number;
};
