import { readMigrationFiles } from "drizzle-orm/migrator";
import type { DatabaseHandle } from "@/db/client";
import { migrationsFolder } from "@/db/migrate";
import type { SqlRunner } from "./sql-runner";

/**
 * The schema version of a database is the list of drizzle migrations applied to it (hash and time,
 * as drizzle records them in drizzle.__drizzle_migrations). A backup records it; a restore checks it
 * against the migrations this version of the app ships.
 */
export type AppliedMigration = { hash: string; createdAt: number };

export function appMigrations(): AppliedMigration[] {
  return readMigrationFiles({ migrationsFolder }).map((m) => ({ hash: m.hash, createdAt: m.folderMillis }));
}

export async function appliedMigrations(db: SqlRunner): Promise<AppliedMigration[]> {
  const [exists] = await db.query<{ found: boolean }>(`select to_regclass('drizzle.__drizzle_migrations') is not null as found`);
  if (!exists?.found) return [];
  const rows = await db.query<{ hash: string; created_at: string }>(
    `select hash, created_at::text as created_at from drizzle.__drizzle_migrations order by created_at, id`,
  );
  return rows.map((row) => ({ hash: row.hash, createdAt: Number(row.created_at) }));
}

/**
 * Why a backup at `backup` cannot be restored by this app, or null when it can: the app must know
 * every migration the backup has (it may have newer ones, applied after the restore).
 */
export function versionProblem(backup: AppliedMigration[], app: AppliedMigration[] = appMigrations()): string | null {
  if (backup.length === 0) return "the backup has no schema version (no applied migrations): it is not a Diálogos database";
  if (backup.length > app.length) {
    return `the backup was made by a newer version of Diálogos (${backup.length} migrations, this version knows ${app.length}): update the app first`;
  }
  const differs = backup.findIndex((m, i) => m.hash !== app[i]!.hash || m.createdAt !== app[i]!.createdAt);
  if (differs >= 0)
    return `the backup's schema differs from this version's at migration ${differs + 1}: restore it with the version that made it`;
  return null;
}

/** Same list? (the check after a restore: the restored copy is at this app's version) */
export function sameVersion(a: AppliedMigration[], b: AppliedMigration[]): boolean {
  return a.length === b.length && a.every((m, i) => m.hash === b[i]!.hash && m.createdAt === b[i]!.createdAt);
}

/** Applies the app's first `count` migrations only: a restore copies rows into the backup's schema. */
export async function migrateToVersion(handle: DatabaseHandle, count: number): Promise<void> {
  const migrations = readMigrationFiles({ migrationsFolder }).slice(0, count);
  // What drizzle's own migrate() does after reading the whole folder.
  const db = handle.db as unknown as { dialect: { migrate(m: unknown, s: unknown, c: object): Promise<void> }; session: unknown };
  await db.dialect.migrate(migrations, db.session, {});
}
