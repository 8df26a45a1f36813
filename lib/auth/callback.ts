/** A same-site path to return to after signing in; anything else (other hosts, `//x`) falls back. */
export function safeCallbackPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return fallback;
  }
  return value;
}
