import { databaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";
import { issueSetupLink } from "@/lib/auth/setup-link";
import { startBackupServices } from "@/lib/backup/app-backups";
import { askRunningApp } from "@/lib/backup/app-socket";
import { config, ConfigError } from "@/lib/config";
import { startEmailWorker } from "@/lib/email/worker";
import { startRetentionJob } from "@/lib/registration/retention";

/** Validates configuration, migrates, seeds and prints the first organiser's setup link. */
export async function startServer(): Promise<void> {
  let cfg;
  try {
    cfg = config();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\n[dialogos] Refusing to start. ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  if (cfg.mode === "embedded" && (await askRunningApp(cfg.dataDir, "ping", 5_000))) {
    // A backup, restore or move command (or another app) has the embedded database open.
    console.error(`\n[dialogos] Refusing to start: another process is using the embedded database in ${cfg.dataDir}.\n`);
    process.exit(1);
  }
  const handle = databaseHandle();
  const started = Date.now();
  await migrateDatabase(handle);
  if (cfg.seed) await seedDatabase(handle.db);
  console.log(
    `[dialogos] ${handle.kind === "pglite" ? `embedded database in ${cfg.dataDir}` : "PostgreSQL"} ready in ${Date.now() - started} ms`,
  );
  startEmailWorker();
  startRetentionJob();
  startBackupServices();
  if (!cfg.smtpUrl) console.log("[dialogos] SMTP_URL is not set: emails are logged and kept in the outbox, not sent.");
  const setupPath = await issueSetupLink(handle.db);
  if (setupPath) {
    console.log(
      `\n[dialogos] No administrator yet. Create the first one with this single-use link (valid 24 h):\n\n    ${cfg.appUrl}${setupPath}\n`,
    );
  }
}
