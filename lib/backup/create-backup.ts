import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { BackupError, backupFolderName, describeFile, type FileEntry, type Manifest, pruneBackups, writeManifest } from "./manifest";
import { findPgTool, runPgTool } from "./pg-tools";
import { appliedMigrations } from "./schema-version";
import { connectOnce, pgliteRunner, postgresRunner, type SqlRunner } from "./sql-runner";
import { summarise } from "./tables";

export type BackupSource = { kind: "pglite"; client: PGlite } | { kind: "postgres"; url: string };

export type BackupOptions = {
  source: BackupSource;
  /** The app's data folder: secrets.json and uploads/ are taken from it when they exist. */
  dataDir: string;
  backupDir: string;
  /** How many backups to keep in backupDir, this one included. */
  keep: number;
  at?: Date;
};

export type BackupResult = { folder: string; manifest: Manifest; bytes: number; pruned: string[] };

type DatabaseFacts = Pick<Manifest, "serverVersion" | "migrations" | "tables" | "database">;

let queue: Promise<unknown> = Promise.resolve();

/** Writes one backup. Backups in one process run one at a time (the schedule and a manual one may meet). */
export function createBackup(options: BackupOptions): Promise<BackupResult> {
  const run = queue.then(() => writeBackup(options));
  queue = run.catch(() => undefined);
  return run;
}

async function writeBackup(options: BackupOptions): Promise<BackupResult> {
  const at = options.at ?? new Date();
  mkdirSync(options.backupDir, { recursive: true, mode: 0o700 });
  chmodSync(options.backupDir, 0o700);
  const name = backupFolderName(at);
  const finalFolder = join(options.backupDir, name);
  if (existsSync(finalFolder)) throw new BackupError(`${finalFolder} already exists: wait a second and try again.`);
  // Written under a hidden name and renamed when whole, so a half-written backup is never listed or restored.
  const folder = join(options.backupDir, `.partial-${name}`);
  mkdirSync(folder, { mode: 0o700 });
  try {
    const facts =
      options.source.kind === "pglite" ? await dumpEmbedded(options.source.client, folder) : await dumpServer(options.source.url, folder);
    const files: FileEntry[] = [await describeFile(folder, facts.database.file)];
    const notes: string[] = [];
    const secrets = join(options.dataDir, "secrets.json");
    if (existsSync(secrets)) {
      copyFileSync(secrets, join(folder, "secrets.json"));
      files.push(await describeFile(folder, "secrets.json"));
    } else {
      notes.push(
        "No secrets.json in the data folder: AUTH_SECRET and CHECKIN_SIGNING_KEY come from the environment; keep them with your deployment's other secrets.",
      );
    }
    const uploads = join(options.dataDir, "uploads");
    if (existsSync(uploads)) {
      cpSync(uploads, join(folder, "uploads"), { recursive: true });
      for (const path of filesUnder(join(folder, "uploads"))) files.push(await describeFile(folder, relative(folder, path)));
    }
    const manifest: Manifest = {
      format: "dialogos-backup",
      formatVersion: 1,
      createdAt: at.toISOString(),
      source: options.source.kind,
      ...facts,
      files,
      notes,
    };
    writeManifest(folder, manifest);
    for (const path of filesUnder(folder)) chmodSync(path, 0o600);
    renameSync(folder, finalFolder);
    const pruned = pruneBackups(options.backupDir, options.keep);
    return { folder: finalFolder, manifest, bytes: files.reduce((sum, f) => sum + f.bytes, 0), pruned };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * PGlite's own dump of its data folder, taken while holding its transaction lock: no transaction is
 * half-way through, and no statement runs while the files are read, so the copy is consistent even
 * with the app serving requests. The dump is then opened in memory to read its schema version and
 * checksums, which proves it loads.
 */
async function dumpEmbedded(client: PGlite, folder: string): Promise<DatabaseFacts> {
  // Ready first: PGlite's start-up takes the same lock, and waiting for it inside the lock never ends.
  await client.waitReady;
  const dump = await client._runExclusiveTransaction(() => client.dumpDataDir("gzip"));
  const file = "database.tar.gz";
  writeFileSync(join(folder, file), Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
  const copy = await PGlite.create({ loadDataDir: dump });
  try {
    return { database: { file, kind: "pglite-datadir" }, ...(await describeDatabase(pgliteRunner(copy))) };
  } finally {
    await copy.close();
  }
}

/**
 * pg_dump in custom format, in a snapshot this connection exports: the dump and the checksums in the
 * manifest see exactly the same data, whatever the app writes meanwhile.
 */
async function dumpServer(url: string, folder: string): Promise<DatabaseFacts> {
  const sql = connectOnce(url);
  try {
    const [{ major }] = (await sql`select current_setting('server_version_num')::int / 10000 as major`) as unknown as [{ major: number }];
    const pgDump = findPgTool("pg_dump", major);
    const file = "database.pgdump";
    return await sql.begin("isolation level repeatable read read only", async (tx) => {
      const [{ snapshot }] = (await tx`select pg_export_snapshot() as snapshot`) as unknown as [{ snapshot: string }];
      await runPgTool(pgDump, ["--format=custom", `--snapshot=${snapshot}`, `--file=${join(folder, file)}`], url);
      return { database: { file, kind: "pg_dump-custom" as const }, ...(await describeDatabase(postgresRunner(tx))) };
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function describeDatabase(db: SqlRunner): Promise<Omit<DatabaseFacts, "database">> {
  const [version] = await db.query<{ v: string }>(`select current_setting('server_version') as v`);
  return { serverVersion: version!.v, migrations: await appliedMigrations(db), tables: await summarise(db) };
}
