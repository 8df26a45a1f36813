// `npm run move-to-postgres <DATABASE_URL> [--force]`: copies the embedded database into an empty
// PostgreSQL database, checks every table, and prints what to set. Stop the app first.

import { join } from "node:path";
import { parseArgs } from "node:util";
import { claimDataFolder, embeddedDatabaseDir, runCommand } from "@/lib/backup/cli";
import { BackupError } from "@/lib/backup/manifest";
import { moveToPostgres } from "@/lib/backup/move";
import { safeUrl } from "@/lib/backup/server-target";
import { config } from "@/lib/config";

runCommand(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: "boolean" } } });
  const [url] = positionals;
  if (!url || positionals.length > 1)
    throw new BackupError("Usage: npm run move-to-postgres -- <postgres://user:password@host:5432/database> [--force]");
  const cfg = config();
  if (cfg.mode === "server")
    throw new BackupError("DATABASE_URL is already set: this app runs on a server, there is no embedded database to move.");
  const release = await claimDataFolder(cfg.dataDir, "move it");
  try {
    const done = await moveToPostgres({ pgliteDir: embeddedDatabaseDir(cfg.dataDir), url, force: values.force });
    console.log(`Copied ${done.rows} rows in ${done.tables} tables to ${safeUrl(url)}; every row count and checksum matches:`);
    for (const [table, { rows }] of Object.entries(done.summary)) console.log(`    ${table.padEnd(24)} ${rows}`);
    console.log(
      `\nNow start the app with this one setting changed:\n\n    DATABASE_URL=${url}\n\n` +
        "A server deployment must also set its own AUTH_SECRET and CHECKIN_SIGNING_KEY; reuse the embedded ones so organisers\n" +
        "stay signed in and the check-in codes already sent still verify:\n\n" +
        `    AUTH_SECRET=$(node -p "require('${join(cfg.dataDir, "secrets.json")}').authSecret")\n` +
        `    CHECKIN_SIGNING_KEY=$(node -p "require('${join(cfg.dataDir, "secrets.json")}').checkInSigningKey")\n\n` +
        `The embedded database in ${embeddedDatabaseDir(cfg.dataDir)} was only read: keep it until you are happy with the move.`,
    );
  } finally {
    release();
  }
});
