import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { config } from "@/lib/config";
import * as schema from "./schema";
// Failed queries must not carry their parameters into logs (see query-errors.ts).
import "./query-errors";

export type Schema = typeof schema;
/** The one database type the app codes against, whether PGlite or postgres.js is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that can run a query: the database or an open transaction. */
export type Executor = Database | Transaction;

export type DatabaseHandle = {
  db: Database;
  kind: "pglite" | "postgres";
  /** Runs `work` on one dedicated connection (needed for session-level advisory locks). */
  withConnection<T>(work: (db: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type OpenOptions = { url: string } | { dataDir: string | null };

/** Opens a database: postgres.js on `url`, or PGlite in `dataDir` (null = in memory, for tests). */
export function openDatabase(options: OpenOptions): DatabaseHandle {
  const drizzleConfig = { schema, casing: "snake_case" as const };
  if ("url" in options) {
    const sql = postgres(options.url, {
      max: Number(process.env.DB_POOL_SIZE ?? 10),
      onnotice: () => {},
      connection: { application_name: "dialogos" },
    });
    const db = drizzlePostgres(sql, drizzleConfig) as unknown as Database;
    return {
      db,
      kind: "postgres",
      async withConnection(work) {
        // A one-connection client: every statement of `work` runs on the same server session.
        const single = postgres(options.url, { max: 1, onnotice: () => {} });
        try {
          return await work(drizzlePostgres(single, drizzleConfig) as unknown as Database);
        } finally {
          await single.end({ timeout: 5 });
        }
      },
      close: () => sql.end({ timeout: 5 }),
    };
  }
  // PGlite does not create parent folders, and only one process may open a data folder.
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  const db = drizzlePglite(client, drizzleConfig) as unknown as Database;
  return {
    db,
    kind: "pglite",
    withConnection: (work) => work(db),
    close: () => client.close(),
  };
}

const globalForDb = globalThis as typeof globalThis & { __dialogosDb?: DatabaseHandle };

/** The app's database, opened on first use and cached on globalThis (one per process). */
export function databaseHandle(): DatabaseHandle {
  if (!globalForDb.__dialogosDb) {
    const { databaseUrl, dataDir } = config();
    globalForDb.__dialogosDb = openDatabase(
      databaseUrl ? { url: databaseUrl } : { dataDir: join(dataDir, "pglite") },
    );
  }
  return globalForDb.__dialogosDb;
}

export function getDb(): Database {
  return databaseHandle().db;
}
