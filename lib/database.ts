import { join } from "node:path";
import { sql } from "drizzle-orm";
import { type Database, type DatabaseHandle, openDatabase } from "@/db/client";
import { makePrivateDir, makeTreePrivate } from "@/db/private-files";
import { config } from "@/lib/config";

/**
 * The app's database, opened from its configuration (db/ knows nothing of the configuration: it
 * opens what it is given). Opened on first use and cached on globalThis: one per process, however
 * many server bundles load this module.
 */
const globalForDb = globalThis as typeof globalThis & { __dialogosDb?: DatabaseHandle };

export function databaseHandle(): DatabaseHandle {
  if (!globalForDb.__dialogosDb) {
    const { databaseUrl, dataDir, databasePoolSize } = config();
    // The data folder (embedded database, generated secrets) and all it holds: private.
    if (!databaseUrl) {
      makePrivateDir(dataDir);
      makeTreePrivate(dataDir);
    }
    globalForDb.__dialogosDb = openDatabase(
      databaseUrl ? { url: databaseUrl, poolSize: databasePoolSize } : { dataDir: join(dataDir, "pglite") },
    );
  }
  return globalForDb.__dialogosDb;
}

export function getDb(): Database {
  return databaseHandle().db;
}

/** Reaches the database with a cheap query that reads a table (health checks); throws when it cannot. */
export async function pingDatabase(): Promise<DatabaseHandle["kind"]> {
  const handle = databaseHandle();
  await handle.db.execute(sql`select 1 from events limit 1`);
  return handle.kind;
}
