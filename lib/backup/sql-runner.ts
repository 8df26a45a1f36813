// Shared by the CLI (`npm run backup`, run with tsx) and the server, so no "server-only" import here.
import type { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import type { DatabaseHandle } from "@/db/client";

/**
 * The few raw statements backups need, whichever driver is underneath. Raw SQL on purpose: the
 * backup code works on whatever tables the database has, not on the app's drizzle schema.
 */
export type SqlRunner = {
  kind: "pglite" | "postgres";
  query<T extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
};

export function pgliteRunner(client: PGlite): SqlRunner {
  return {
    kind: "pglite",
    async query<T>(text: string, params: unknown[] = []) {
      return (await client.query<T>(text, params)).rows;
    },
  };
}

export function postgresRunner(sql: postgres.Sql | postgres.TransactionSql): SqlRunner {
  return {
    kind: "postgres",
    async query<T>(text: string, params: unknown[] = []) {
      return (await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[];
    },
  };
}

/** The driver client under an app database handle (drizzle keeps it as `$client`). */
export function pgliteClientOf(handle: DatabaseHandle): PGlite {
  if (handle.kind !== "pglite") throw new Error("not an embedded database");
  return (handle.db as unknown as { $client: PGlite }).$client;
}

/** A one-connection client, so that session settings and transactions hold for every statement. */
export function connectOnce(url: string): postgres.Sql {
  return postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10, connection: { application_name: "dialogos-backup" } });
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
