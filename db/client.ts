import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { keepNewFilesPrivate, makePrivateDir, makeTreePrivate, PRIVATE_DIR_MODE } from "./private-files";
import * as schema from "./schema";
// Failed queries must not carry their parameters into logs (see query-errors.ts).
import "./query-errors";

type Schema = typeof schema;
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

/**
 * `poolSize`: connections postgres.js may open (DB_POOL_SIZE in lib/config.ts; default 10).
 * `snapshot`: an in-memory PGlite starts from this dumped data folder (tests: migrated once per run).
 */
export type OpenOptions = { url: string; poolSize?: number } | { dataDir: string | null; snapshot?: Blob };

/**
 * Opens a database: postgres.js on `url`, or PGlite in `dataDir` (null = in memory, for tests).
 * The app's own database, opened from its configuration, is lib/database.ts.
 */
export function openDatabase(options: OpenOptions): DatabaseHandle {
  const drizzleConfig = { schema, casing: "snake_case" as const };
  if ("url" in options) {
    const sql = postgres(options.url, {
      max: options.poolSize ?? 10,
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
  // PGlite does not create parent folders, and only one process may open a data folder. Its files
  // hold every delegate's personal data: private to this account, those it creates from now on
  // (umask) and those an older version left readable.
  if (options.dataDir) {
    keepNewFilesPrivate();
    mkdirSync(dirname(options.dataDir), { recursive: true, mode: PRIVATE_DIR_MODE });
    makePrivateDir(options.dataDir);
    makeTreePrivate(options.dataDir);
  }
  const client = options.dataDir ? new PGlite(options.dataDir) : new PGlite({ loadDataDir: options.snapshot });
  const dataDir = options.dataDir;
  if (dataDir) void client.waitReady.then(() => keepPgliteFilesPrivate(client, dataDir));
  const db = drizzlePglite(client, drizzleConfig) as unknown as Database;
  return {
    db,
    kind: "pglite",
    withConnection: (work) => work(db),
    async close() {
      await client.close();
      if (dataDir) makeTreePrivate(dataDir);
    },
  };
}

type EmscriptenFs = { chmod(path: unknown, mode: unknown, ...rest: unknown[]): unknown };

/**
 * PGlite sets the mode of every file it creates itself (0666: its virtual file system ignores the
 * umask). Its emscripten file system is public (`Module.FS`): every mode it sets from now on loses
 * the group and other bits, and what it created while starting is closed once it is ready. The
 * data folders are 0700 throughout, so no other account could reach a file in between anyway.
 */
function keepPgliteFilesPrivate(client: PGlite, dataDir: string): void {
  const fs = (client.Module as unknown as { FS?: EmscriptenFs }).FS;
  if (fs && typeof fs.chmod === "function") {
    const chmod = fs.chmod.bind(fs);
    fs.chmod = (path, mode, ...rest) => chmod(path, typeof mode === "number" ? mode & ~0o077 : mode, ...rest);
  }
  makeTreePrivate(dataDir);
}
