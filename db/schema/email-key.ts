import { type SQL, sql } from "drizzle-orm";

/**
 * One person's address, whatever its spelling: trimmed, lower-cased, without a "+tag" in the local
 * part ("Ana+dialogo@Example.org" -> "ana@example.org"). The duplicate guard (the unique index on
 * registrations) and the per-address rate limit count this key, so tag variants of one mailbox
 * are one person. Addresses are ASCII (the form's email schema), so JavaScript's and
 * PostgreSQL's lower() agree.
 */
export function emailKey(email: string): string {
  return email
    .trim()
    .toLowerCase()
    .replace(/\+[^@]*@/, "@");
}

/** The same key in SQL (immutable, so it can back a generated column and its unique index). */
export function emailKeySql(email: SQL | unknown): SQL {
  return sql`lower(regexp_replace(btrim(${email}), '\\+[^@]*@', '@'))`;
}
