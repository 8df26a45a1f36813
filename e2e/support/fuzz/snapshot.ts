import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";

/**
 * Tables that refused requests legitimately change, left out of the comparison:
 * - rate_limits: every request a limiter counts consumes a point, refused or not; counting the
 *   attacker's attempts is the table's whole purpose (its keys are addresses and accounts, and
 *   every other table must stay byte for byte the same).
 * - sign_in_backoff: a refused sign-in lengthens the wait of that (account, client address) pair;
 *   that too is the table's purpose (its keys are hashes).
 */
const CHANGED_BY_REFUSED_REQUESTS = ["rate_limits", "sign_in_backoff"];

export type Snapshot = Record<string, { rows: number; md5: string }>;

/** Row count and a checksum of every row of every table in the app's schema. */
export async function snapshot(db: Database): Promise<Snapshot> {
  const tables = (await db.execute(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  )) as unknown as { name: string }[];
  const result: Snapshot = {};
  for (const { name } of tables) {
    if (CHANGED_BY_REFUSED_REQUESTS.includes(name)) continue;
    const table = sql.identifier(name);
    const [row] = (await db.execute(
      sql`select count(*)::int as rows, md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as md5 from ${table} t`,
    )) as unknown as { rows: number; md5: string }[];
    result[name] = { rows: row!.rows, md5: row!.md5 };
  }
  return result;
}
