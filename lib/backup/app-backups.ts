// Also run by `npm run backup` (tsx): no "server-only" import.

import { config } from "@/lib/config";
import { databaseHandle } from "@/lib/database";
import { listenForAppCommands } from "./app-socket";
import { type BackupResult, type BackupSource, createBackup } from "./create-backup";
import { pgliteClientOf } from "./sql-runner";

export type BackupSummary = { folder: string; createdAt: string; bytes: number; pruned: string[] };

function summary(result: BackupResult): BackupSummary {
  return { folder: result.folder, createdAt: result.manifest.createdAt, bytes: result.bytes, pruned: result.pruned };
}

/** A backup of the database this process has open (the app's own handle), with the configured settings. */
async function backupThisApp(): Promise<BackupSummary> {
  const cfg = config();
  const handle = databaseHandle();
  const source: BackupSource =
    handle.kind === "pglite" ? { kind: "pglite", client: pgliteClientOf(handle) } : { kind: "postgres", url: cfg.databaseUrl! };
  return summary(await createBackup({ source, dataDir: cfg.dataDir, backupDir: cfg.backup.dir, keep: cfg.backup.keep }));
}

/**
 * In the app process at start: answers `npm run backup` on the data folder's socket (embedded only:
 * a server can be dumped by anyone), and takes a backup every BACKUP_INTERVAL_HOURS if set.
 */
export function startBackupServices(): void {
  const cfg = config();
  if (cfg.mode === "embedded") listenForAppCommands(cfg.dataDir, { backup: backupThisApp });
  if (cfg.backup.intervalHours <= 0) return;
  const run = () =>
    backupThisApp()
      .then((done) => console.log(`[dialogos] scheduled backup written: ${done.folder} (${done.bytes} bytes)`))
      .catch((error: unknown) => console.error("[dialogos] scheduled backup failed", error));
  setInterval(run, cfg.backup.intervalHours * 3_600_000).unref();
  console.log(`[dialogos] a backup is taken every ${cfg.backup.intervalHours} h into ${cfg.backup.dir}`);
}
