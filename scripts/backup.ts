// `npm run backup`: writes a timestamped backup of the database in use (see README, "Backups and
// moving to a server"). With the embedded database and the app running, the app takes the backup
// itself (asked over its data folder's socket); otherwise this command opens the database.
import { existsSync } from "node:fs";
import { openDatabase } from "@/db/client";
import type { BackupSummary } from "@/lib/backup/app-backups";
import { askRunningApp } from "@/lib/backup/app-socket";
import { claimDataFolder, embeddedDatabaseDir, formatBytes, runCommand } from "@/lib/backup/cli";
import { type BackupSource, createBackup } from "@/lib/backup/create-backup";
import { BackupError } from "@/lib/backup/manifest";
import { pgliteClientOf } from "@/lib/backup/sql-runner";
import { config } from "@/lib/config";

function report(done: BackupSummary, how: string) {
  console.log(`Backup written ${how}:\n    ${done.folder}  (${formatBytes(done.bytes)})`);
  if (done.pruned.length > 0) console.log(`Removed older backups beyond the ${config().backup.keep} kept: ${done.pruned.join(", ")}`);
}

runCommand(async () => {
  const cfg = config();
  const target = { dataDir: cfg.dataDir, backupDir: cfg.backup.dir, keep: cfg.backup.keep };
  if (cfg.mode === "server") {
    const done = await createBackup({ ...target, source: { kind: "postgres", url: cfg.databaseUrl! } });
    report({ ...done, createdAt: done.manifest.createdAt }, "from the PostgreSQL server");
    return;
  }
  const reply = await askRunningApp(cfg.dataDir, "backup");
  if (reply) {
    if (!reply.ok) throw new BackupError(`The running app could not take the backup: ${reply.error}`);
    report(reply.result as BackupSummary, "by the running app");
    return;
  }
  const dir = embeddedDatabaseDir(cfg.dataDir);
  if (!existsSync(dir)) throw new BackupError(`There is no embedded database in ${dir}: nothing to back up.`);
  const release = await claimDataFolder(cfg.dataDir, "back it up");
  const handle = openDatabase({ dataDir: dir });
  try {
    const source: BackupSource = { kind: "pglite", client: pgliteClientOf(handle) };
    const done = await createBackup({ ...target, source });
    report({ ...done, createdAt: done.manifest.createdAt }, "from the embedded database");
  } finally {
    await handle.close();
    release();
  }
});
