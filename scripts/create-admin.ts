// `npm run create-admin`: prints a fresh single-use link that creates the first administrator.
// For a deployment on DATABASE_URL, or when the link printed at start is lost. With the embedded
// database, stop the server first: only one process may open its data folder.

import { migrateDatabase } from "@/db/migrate";
import { issueSetupLink } from "@/lib/auth/setup-link";
import { ConfigError, config } from "@/lib/config";
import { databaseHandle } from "@/lib/database";

async function main() {
  const cfg = config();
  const handle = databaseHandle();
  try {
    await migrateDatabase(handle);
    const path = await issueSetupLink(handle.db);
    if (!path) {
      console.error("An administrator already exists. Administrators invite other organisers from the dashboard.");
      process.exitCode = 1;
      return;
    }
    console.log(`Open this single-use link within 24 hours to create the first administrator:\n\n    ${cfg.appUrl}${path}\n`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
