import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { BackupError, type Manifest, openBackup } from "./manifest";
import { findPgTool, libpqEnv, runPgTool } from "./pg-tools";
import { versionProblem } from "./schema-version";
import { checkAppVersion, connectTarget, copyIntoServer, prepareServerTarget, verifyServer, wipeServer } from "./server-target";
import { pgliteClientOf, pgliteRunner, postgresRunner } from "./sql-runner";
import { compareSummaries, nonEmptyTables, summarise } from "./tables";

export type RestoreTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export type RestoreOptions = {
  backup: string;
  target: RestoreTarget;
  force?: boolean;
  /** Where secrets.json and uploads/ go back to (the target app's data folder), if anywhere. */
  appDataDir?: string;
  /** secrets.json only matters to the embedded mode; a server deployment has AUTH_SECRET in its environment. */
  restoreSecrets?: boolean;
};

export type RestoreResult = { manifest: Manifest; tables: number; rows: number; notes: string[]; replacedFolder?: string };

/**
 * Restores a backup into an empty database, embedded or server. Order of checks: the backup is whole
 * and ours, its schema version is one this app knows, the target is empty (or `force`); only then is
 * anything written. After: row counts and checksums equal the manifest's, and the schema is at this
 * app's version.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const { folder, manifest } = await openBackup(options.backup);
  const problem = versionProblem(manifest.migrations);
  if (problem) throw new BackupError(`Cannot restore: ${problem}. Nothing was changed.`);
  const dump = join(folder, manifest.database.file);
  const result = {
    manifest,
    tables: Object.keys(manifest.tables).length,
    rows: Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0),
  };
  let replacedFolder: string | undefined;

  if (manifest.database.kind === "pg_dump-custom") {
    if (options.target.kind !== "postgres") {
      throw new BackupError(
        "This backup was taken from a PostgreSQL server (pg_dump): restore it into a server (set DATABASE_URL). Nothing was changed.",
      );
    }
    await restorePgDump(dump, manifest, options.target.url, options.force ?? false);
  } else if (options.target.kind === "postgres") {
    const source = await PGlite.create({ loadDataDir: new Blob([readFileSync(dump)]) });
    try {
      await copyIntoServer({
        source: pgliteRunner(source),
        migrationCount: manifest.migrations.length,
        expected: manifest.tables,
        url: options.target.url,
        force: options.force ?? false,
      });
    } finally {
      await source.close();
    }
  } else {
    replacedFolder = await restoreEmbedded(dump, manifest, options.target.dataDir, options.force ?? false);
  }
  return {
    ...result,
    replacedFolder,
    notes: options.appDataDir ? restoreFiles(folder, manifest, options.appDataDir, options.restoreSecrets ?? false) : [],
  };
}

async function restorePgDump(dump: string, manifest: Manifest, url: string, force: boolean): Promise<void> {
  const sql = await connectTarget(url);
  try {
    const [{ major }] = (await sql`select current_setting('server_version_num')::int / 10000 as major`) as unknown as [{ major: number }];
    const pgRestore = findPgTool("pg_restore", major);
    await prepareServerTarget(postgresRunner(sql), force);
    try {
      // One transaction: a dump that fails half-way leaves nothing behind.
      await runPgTool(
        pgRestore,
        ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${libpqEnv(url).PGDATABASE}`, dump],
        url,
      );
      await verifyServer(sql, manifest.tables);
      const handle = openDatabase({ url });
      try {
        await migrateDatabase(handle);
      } finally {
        await handle.close();
      }
      await checkAppVersion(postgresRunner(sql));
    } catch (error) {
      await wipeServer(postgresRunner(sql)).catch(() => {});
      throw error;
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Loads PGlite's data-folder dump into `dataDir`. An existing folder holding rows is refused without
 * `force`; with it, the old folder is renamed aside (kept, never deleted) and its name returned.
 */
async function restoreEmbedded(dump: string, manifest: Manifest, dataDir: string, force: boolean): Promise<string | undefined> {
  let replaced: string | undefined;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    const existing = openDatabase({ dataDir });
    let filled: string[];
    try {
      filled = await nonEmptyTables(pgliteRunner(pgliteClientOf(existing)));
    } finally {
      await existing.close();
    }
    if (filled.length > 0 && !force) {
      throw new BackupError(
        `The embedded database in ${dataDir} is not empty (rows in ${filled.slice(0, 5).join(", ")}). ` +
          "Restore into an empty data folder, or add --force to set the current one aside and replace it. Nothing was changed.",
      );
    }
    replaced = `${dataDir}.replaced-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    renameSync(dataDir, replaced);
  }
  try {
    // PGlite does not create parent folders.
    mkdirSync(dirname(dataDir), { recursive: true });
    const client = await PGlite.create(dataDir, { loadDataDir: new Blob([readFileSync(dump)]) });
    try {
      const problems = compareSummaries(manifest.tables, await summarise(pgliteRunner(client)));
      if (problems.length > 0) throw new BackupError(`The restored copy does not match the backup: ${problems.join("; ")}.`);
    } finally {
      await client.close();
    }
    const handle = openDatabase({ dataDir });
    try {
      await migrateDatabase(handle);
      await checkAppVersion(pgliteRunner(pgliteClientOf(handle)));
    } finally {
      await handle.close();
    }
    return replaced;
  } catch (error) {
    // Put things back as they were.
    rmSync(dataDir, { recursive: true, force: true });
    if (replaced) renameSync(replaced, dataDir);
    throw error;
  }
}

/** Puts secrets.json and uploads back where the app looks for them, never over existing ones. */
function restoreFiles(folder: string, manifest: Manifest, appDataDir: string, secrets: boolean): string[] {
  const notes: string[] = [];
  mkdirSync(appDataDir, { recursive: true });
  const has = (path: string) => manifest.files.some((f) => f.path === path || f.path.startsWith(`${path}/`));
  if (secrets && has("secrets.json")) {
    // The secret belongs with the database it came with (the CLI's own start may just have generated
    // a fresh one); a different existing one is kept aside, not lost.
    const target = join(appDataDir, "secrets.json");
    const backupCopy = join(folder, "secrets.json");
    const generatedJustNow = existsSync(target) && statSync(target).mtimeMs >= performance.timeOrigin;
    if (existsSync(target) && !generatedJustNow && readFileSync(target, "utf8") !== readFileSync(backupCopy, "utf8")) {
      const aside = `${target}.replaced-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      renameSync(target, aside);
      notes.push(`Set the previous ${target} aside as ${aside}.`);
    }
    copyFileSync(backupCopy, target);
    chmodSync(target, 0o600);
    notes.push(`Restored ${target} (organisers' sign-ins from before the backup stay valid).`);
  }
  if (has("uploads")) {
    const target = join(appDataDir, "uploads");
    if (existsSync(target) && readdirSync(target).length > 0)
      notes.push(`Kept the existing ${target}; the backup's uploads are in ${join(folder, "uploads")}.`);
    else {
      cpSync(join(folder, "uploads"), target, { recursive: true });
      notes.push(`Restored ${target}.`);
    }
  }
  return notes;
}
