import { migrateDatabase } from "@/db/migrate";
import { keepNewFilesPrivate } from "@/db/private-files";
import { seedDatabase } from "@/db/seed";
import { issueSetupLink } from "@/lib/auth/setup-link";
import { startBackupServices } from "@/lib/backup/app-backups";
import { askRunningApp } from "@/lib/backup/app-socket";
import { type Config, ConfigError, config } from "@/lib/config";
import { databaseHandle } from "@/lib/database";
import { startEmailWorker } from "@/lib/email/worker";
import { log } from "@/lib/log";
import { startReminderJob } from "@/lib/mailings/reminders";
import { startHoldExpiryJob } from "@/lib/registration/holds";
import { startRetentionJob } from "@/lib/registration/retention";

/** Validates configuration, migrates, seeds and prints the first organiser's setup link. */
export async function startServer(): Promise<void> {
  // Before anything writes to the data folder (secrets, the embedded database).
  keepNewFilesPrivate();
  let cfg: Config;
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
  log.info({ database: handle.kind, readyMs: Date.now() - started }, "database ready");
  startEmailWorker();
  startRetentionJob();
  startHoldExpiryJob();
  startReminderJob();
  if (!cfg.smtpUrl) log.warn('SMTP_URL is not set: emails are not sent; they stay in the outbox (/dashboard/outbox), marked "not sent"');
  startBackupServices();
  const setupPath = await issueSetupLink(handle.db);
  if (setupPath) {
    // On the console, not in the JSON log: it is meant for the operator's eyes, once.
    console.log(
      `\n[dialogos] No administrator yet. Create the first one with this single-use link (valid 24 h):\n\n    ${cfg.appUrl}${setupPath}\n`,
    );
  }
}
