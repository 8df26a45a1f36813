// `npm run restore <backup> [--force] [--url postgres://...]`: restores a backup made by
// `npm run backup` into an empty database: the server given by --url, else DATABASE_URL, else the
// embedded database in DATA_DIR (stop the app first).
import { parseArgs } from "node:util";
import { claimDataFolder, embeddedDatabaseDir, runCommand } from "@/lib/backup/cli";
import { BackupError } from "@/lib/backup/manifest";
import { type RestoreTarget, restoreBackup } from "@/lib/backup/restore";
import { safeUrl } from "@/lib/backup/server-target";
import { config } from "@/lib/config";

runCommand(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: "boolean" }, url: { type: "string" } } });
  const [backup] = positionals;
  if (!backup || positionals.length > 1)
    throw new BackupError("Usage: npm run restore -- <backup folder or its manifest.json> [--force] [--url postgres://...]");
  const cfg = config();
  const url = values.url ?? cfg.databaseUrl;
  const target: RestoreTarget = url ? { kind: "postgres", url } : { kind: "pglite", dataDir: embeddedDatabaseDir(cfg.dataDir) };
  const release = target.kind === "pglite" ? await claimDataFolder(cfg.dataDir, "restore") : () => {};
  try {
    const done = await restoreBackup({
      backup,
      target,
      force: values.force,
      appDataDir: cfg.dataDir,
      restoreSecrets: target.kind === "pglite",
    });
    console.log(
      `Restored the backup of ${done.manifest.createdAt} into ${target.kind === "postgres" ? safeUrl(target.url) : target.dataDir}:\n` +
        `    ${done.tables} tables, ${done.rows} rows; every row count and checksum matches the backup; schema at this version.`,
    );
    if (done.replacedFolder)
      console.log(`The previous embedded database was set aside in ${done.replacedFolder} (delete it when you no longer need it).`);
    for (const note of done.notes) console.log(note);
  } finally {
    release();
  }
});
