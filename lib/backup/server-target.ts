import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { copyAllRows } from "./copy-data";
import { BackupError } from "./manifest";
import { appliedMigrations, appMigrations, migrateToVersion, sameVersion } from "./schema-version";
import { connectOnce, postgresRunner, type SqlRunner } from "./sql-runner";
import { compareSummaries, type DataSummary, nonEmptyTables, summarise } from "./tables";

/** The URL without its password, for messages. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unreadable URL)";
  }
}

/** Opens a connection to a restore or move target, or explains why it cannot. */
export async function connectTarget(url: string) {
  if (!/^postgres(ql)?:\/\/[^/]+\/[^/?]+/.test(url)) {
    throw new BackupError(
      `"${safeUrl(url)}" is not a PostgreSQL URL such as postgres://user:password@host:5432/dialogos. Nothing was changed.`,
    );
  }
  const sql = connectOnce(url);
  try {
    await sql`select 1`;
    return sql;
  } catch (error) {
    await sql.end({ timeout: 1 }).catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupError(
      `Cannot connect to ${safeUrl(url)}: ${reason}. Check the URL, and that the database exists. Nothing was changed.`,
    );
  }
}

/**
 * A restore writes only into an empty database. With `force`, the old tables are dropped first (the
 * operator said so); without, a target holding any row is refused untouched. Empty leftovers (tables
 * without rows, say from an app start on a database that was then emptied) are cleared either way.
 */
export async function prepareServerTarget(target: SqlRunner, force: boolean): Promise<void> {
  const filled = await nonEmptyTables(target);
  if (filled.length > 0 && !force) {
    throw new BackupError(
      `The target database is not empty (rows in ${filled.slice(0, 5).join(", ")}${filled.length > 5 ? ", …" : ""}). ` +
        "Restore into a new, empty database, or add --force to replace its contents. Nothing was changed.",
    );
  }
  await wipeServer(target);
}

export async function wipeServer(target: SqlRunner): Promise<void> {
  await target.query(`drop schema if exists drizzle cascade`);
  await target.query(`drop schema if exists public cascade`);
  await target.query(`create schema public`);
}

/**
 * Copies a database (any SqlRunner, at the schema version `migrations` of this app) into the server at
 * `url`: migrate the target to the same version, copy every row in one transaction, check the row
 * counts and checksums against `expected`, then apply this app's newer migrations, if any.
 */
export async function copyIntoServer(input: {
  source: SqlRunner;
  migrationCount: number;
  expected: DataSummary;
  url: string;
  force: boolean;
}): Promise<{ tables: number; rows: number }> {
  const sql = await connectTarget(input.url);
  let touched = false;
  try {
    await prepareServerTarget(postgresRunner(sql), input.force);
    touched = true;
    const handle = openDatabase({ url: input.url });
    try {
      await migrateToVersion(handle, input.migrationCount);
      await sql.begin(async (tx) => {
        await copyAllRows(input.source, postgresRunner(tx));
      });
      await verifyServer(sql, input.expected);
      await migrateDatabase(handle);
    } finally {
      await handle.close();
    }
    await checkAppVersion(postgresRunner(sql));
    return { tables: Object.keys(input.expected).length, rows: Object.values(input.expected).reduce((n, t) => n + t.rows, 0) };
  } catch (error) {
    // The target was empty before: leave it empty rather than half-filled.
    if (touched) await wipeServer(postgresRunner(sql)).catch(() => {});
    throw error;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function verifyServer(sql: ReturnType<typeof connectOnce>, expected: DataSummary): Promise<void> {
  const problems = compareSummaries(expected, await summarise(postgresRunner(sql)));
  if (problems.length > 0) throw new BackupError(`The copy does not match the backup: ${problems.join("; ")}.`);
}

/** The check after a restore: the database is now at exactly this app's schema version. */
export async function checkAppVersion(db: SqlRunner): Promise<void> {
  if (!sameVersion(await appliedMigrations(db), appMigrations())) {
    throw new BackupError("After the restore the database is not at this app's schema version: the migrations did not apply.");
  }
}
