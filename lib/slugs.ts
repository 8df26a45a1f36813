/**
 * What a dialogue's slug looks like (lower-case letters, digits, hyphens). Anything else names no
 * dialogue, so lookups answer "not found" without asking the database (a NUL byte in a URL would
 * otherwise make the query fail).
 */
const SLUG = /^[a-z0-9-]{1,100}$/;

export function isSlug(value: unknown): value is string {
  return typeof value === "string" && SLUG.test(value);
}
