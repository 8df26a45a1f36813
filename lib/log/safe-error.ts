/**
 * What of an error may be written to a log: its class, its code and the first line of its message,
 * with anything that looks like query parameters, an email address or a secret link cut out.
 * Driver errors carry the values of the failed query (Drizzle's "params:", Postgres's `detail`
 * such as "Key (lower(email))=(someone@example.org) already exists"): none of that is kept.
 */
export type SafeError = { type: string; code?: string; message: string; digest?: string };

const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}/gi;
// A manage, reset, invitation, setup or delegation link carries its token as the last path segment.
const SECRET_PATH = /\/(manage|reset-password|invitation|setup|delegations)\/[A-Za-z0-9_-]{8,}/g;
const LONG_TOKEN = /\b[A-Za-z0-9_-]{32,}\b/g;

export function scrubText(text: string): string {
  return text.replace(SECRET_PATH, "/$1/[token]").replace(EMAIL, "[email]").replace(LONG_TOKEN, "[token]");
}

export function safeError(error: unknown): SafeError {
  // Duck-typed: errors made in another module graph or realm (bundled drivers) fail instanceof.
  const candidate = error as { name?: unknown; message?: unknown; digest?: unknown } | null;
  if (!candidate || typeof candidate !== "object" || typeof candidate.message !== "string") {
    return { type: typeof error, message: "non-error thrown" };
  }
  const firstLine = (candidate.message.split(/\nparams:/)[0] ?? "").split("\n")[0] ?? "";
  const code = errorCode(error);
  const digest = candidate.digest;
  return {
    type: typeof candidate.name === "string" ? candidate.name : "Error",
    ...(code ? { code } : {}),
    message: scrubText(firstLine).slice(0, 300),
    ...(typeof digest === "string" ? { digest } : {}),
  };
}

/** The Postgres or system code under Drizzle's wrapper (e.g. 23505, 57P01, ECONNREFUSED). */
function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && code.length <= 40) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
