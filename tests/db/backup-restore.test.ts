import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { askRunningApp, listenForAppCommands } from "@/lib/backup/app-socket";
import { claimDataFolder } from "@/lib/backup/cli";
import { type BackupResult, createBackup } from "@/lib/backup/create-backup";
import { BackupError, MANIFEST } from "@/lib/backup/manifest";
import { moveToPostgres } from "@/lib/backup/move";
import { restoreBackup } from "@/lib/backup/restore";
import { connectOnce, pgliteClientOf, pgliteRunner, postgresRunner } from "@/lib/backup/sql-runner";
import { type DataSummary, summarise } from "@/lib/backup/tables";
import { emptyPostgres, expectCredentialsWork, seedActivity, tempDir } from "./backup-support";

const pgAdminUrl = process.env.PG_TEST_URL;
if (!pgAdminUrl && process.env.REQUIRE_POSTGRES) throw new Error("PG_TEST_URL is not set: start the test cluster (npm test does).");
const onPostgres = pgAdminUrl ? it : it.skip;

async function serverSummary(url: string): Promise<DataSummary> {
  const sql = connectOnce(url);
  try {
    return await summarise(postgresRunner(sql));
  } finally {
    await sql.end();
  }
}

describe("backup and restore of the embedded database", () => {
  const root = tempDir("backup");
  const sourceDir = join(root, "source");
  let source: DatabaseHandle;
  let seeded: Awaited<ReturnType<typeof seedActivity>>;
  let backup: BackupResult;
  let sourceSummary: DataSummary;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    // As in production: PGlite in a data folder, with its secrets and an uploaded file beside it.
    source = openDatabase({ dataDir: join(sourceDir, "pglite") });
    await migrateDatabase(source);
    seeded = await seedActivity(source.db);
    writeFileSync(join(sourceDir, "secrets.json"), JSON.stringify({ authSecret: "s".repeat(44) }), { mode: 0o600 });
    mkdirSync(join(sourceDir, "uploads", "letters"), { recursive: true });
    writeFileSync(join(sourceDir, "uploads", "letters", "visa-1.pdf"), "%PDF-1.7 test");
    backup = await createBackup({
      source: { kind: "pglite", client: pgliteClientOf(source) },
      dataDir: sourceDir,
      backupDir: join(root, "backups"),
      keep: 3,
    });
    sourceSummary = await summarise(pgliteRunner(pgliteClientOf(source)));
  });
  afterAll(async () => {
    await source?.close().catch(() => {});
    for (const cleanup of cleanups) await cleanup();
  });

  it("writes a private, complete backup: database, secrets, uploads, schema version and every table's checksum", () => {
    const { manifest, folder } = backup;
    expect(manifest.tables).toEqual(sourceSummary);
    for (const table of ["registrations", "session_signups", "check_ins", "audit_log", "users", "email_outbox"]) {
      expect(manifest.tables[table]!.rows, table).toBeGreaterThan(0);
    }
    expect(manifest.migrations.length).toBeGreaterThan(0);
    expect(manifest.files.map((f) => f.path).sort()).toEqual(["database.tar.gz", "secrets.json", join("uploads", "letters", "visa-1.pdf")]);
    expect(statSync(join(root, "backups")).mode & 0o777).toBe(0o700);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    for (const file of [...manifest.files.map((f) => f.path), MANIFEST])
      expect(statSync(join(folder, file)).mode & 0o777, file).toBe(0o600);
  });

  it("restores into a fresh embedded database: the same data, and the manage link and password still work", async () => {
    const target = join(root, "restored");
    const done = await restoreBackup({
      backup: backup.folder,
      target: { kind: "pglite", dataDir: join(target, "pglite") },
      appDataDir: target,
      restoreSecrets: true,
    });
    expect(done.replacedFolder).toBeUndefined();
    expect(existsSync(join(target, "secrets.json"))).toBe(true);
    expect(existsSync(join(target, "uploads", "letters", "visa-1.pdf"))).toBe(true);
    const restored = openDatabase({ dataDir: join(target, "pglite") });
    try {
      expect(await summarise(pgliteRunner(pgliteClientOf(restored)))).toEqual(sourceSummary);
      await expectCredentialsWork(restored, seeded);
    } finally {
      await restored.close();
    }
  });

  onPostgres("restores into a real PostgreSQL: the same data, and the manage link and password still work", async () => {
    const target = await emptyPostgres(pgAdminUrl!);
    cleanups.push(target.drop);
    await restoreBackup({ backup: join(backup.folder, MANIFEST), target: { kind: "postgres", url: target.url } });
    expect(await serverSummary(target.url)).toEqual(sourceSummary);
    const restored = openDatabase({ url: target.url });
    try {
      await expectCredentialsWork(restored, seeded);
    } finally {
      await restored.close();
    }
  });

  it("refuses bad input with a clear message, changing nothing", async () => {
    const refused = async (work: Promise<unknown>, message: RegExp) => {
      const error = await work.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toMatch(/Nothing was changed/);
    };
    const embedded = (dir: string) => ({ kind: "pglite" as const, dataDir: join(root, dir, "pglite") });

    const truncated = join(root, "truncated");
    cpSync(backup.folder, truncated, { recursive: true });
    truncateSync(join(truncated, "database.tar.gz"), 4096);
    await refused(restoreBackup({ backup: truncated, target: embedded("t1") }), /damaged.*database\.tar\.gz.*truncated/s);

    const foreign = join(root, "foreign");
    mkdirSync(foreign);
    copyFileSync("/etc/hostname", join(foreign, "backup.tar.gz"));
    await refused(restoreBackup({ backup: join(foreign, "backup.tar.gz"), target: embedded("t2") }), /not a Diálogos backup/);
    writeFileSync(join(foreign, MANIFEST), JSON.stringify({ format: "something-else" }));
    await refused(restoreBackup({ backup: foreign, target: embedded("t3") }), /not a Diálogos backup manifest/);
    for (const dir of ["t1", "t2", "t3"]) expect(existsSync(join(root, dir))).toBe(false);

    // The copy restored by the test above holds rows: refused, and still the same afterwards.
    await refused(restoreBackup({ backup: backup.folder, target: embedded("restored") }), /not empty.*--force/s);
    expect(readdirSync(root).filter((name) => name.startsWith("restored"))).toEqual(["restored"]);

    if (pgAdminUrl) {
      await refused(
        restoreBackup({ backup: backup.folder, target: { kind: "postgres", url: pgAdminUrl.replace(/\/[^/]*$/, "/no_such_db") } }),
        /Cannot connect/,
      );
      await refused(moveToPostgres({ pgliteDir: join(sourceDir, "pglite"), url: "mysql://example.org/db" }), /not a PostgreSQL URL/);
      const filled = await emptyPostgres(pgAdminUrl);
      cleanups.push(filled.drop);
      const other = openDatabase({ url: filled.url });
      await migrateDatabase(other);
      await seedActivity(other.db);
      await other.close();
      const before = await serverSummary(filled.url);
      await refused(restoreBackup({ backup: backup.folder, target: { kind: "postgres", url: filled.url } }), /not empty/);
      expect(await serverSummary(filled.url)).toEqual(before);
    }
  });

  it("while the app runs, a backup goes through it and restore or move are refused", async () => {
    // What the app does at start (startBackupServices), on the same open database.
    const app = listenForAppCommands(sourceDir, {
      backup: () =>
        createBackup({
          source: { kind: "pglite", client: pgliteClientOf(source) },
          dataDir: sourceDir,
          backupDir: join(root, "backups"),
          keep: 3,
        }),
    });
    try {
      await new Promise((resolve) => app!.once("listening", resolve));
      const reply = await askRunningApp(sourceDir, "backup");
      expect(reply).toMatchObject({ ok: true });
      const made = (reply as { result: BackupResult }).result;
      expect(made.manifest.tables).toEqual(sourceSummary);
      expect(existsSync(join(made.folder, "database.tar.gz"))).toBe(true);
      await expect(claimDataFolder(sourceDir, "restore")).rejects.toThrow(/The app is running.*stop it before you restore/);
    } finally {
      app?.close();
    }
    expect(await askRunningApp(sourceDir, "ping")).toBeNull();
  });

  onPostgres("moves the embedded database into PostgreSQL, row for row, and the app's credentials work there", async () => {
    // The move reads the data folder itself, as `npm run move-to-postgres` does with the app stopped.
    await source.close();
    const target = await emptyPostgres(pgAdminUrl!);
    cleanups.push(target.drop);
    const moved = await moveToPostgres({ pgliteDir: join(sourceDir, "pglite"), url: target.url });
    expect(moved.summary).toEqual(sourceSummary);
    expect(await serverSummary(target.url)).toEqual(sourceSummary);
    const onServer = openDatabase({ url: target.url });
    try {
      await expectCredentialsWork(onServer, seeded);
    } finally {
      await onServer.close();
    }
  });
});
