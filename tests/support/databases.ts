import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import postgres from "postgres";
import { inject } from "vitest";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { parseEnvironment } from "@/lib/config";

export type TestDatabase = DatabaseHandle & { url?: string; dispose(): Promise<void> };
export type Backend = { name: "pglite" | "postgres"; create(): Promise<TestDatabase> };

/** The migrated PGlite data folder of this run (tests/support/db-global-setup.ts), read once per file. */
let snapshot: Promise<Blob | undefined> | undefined;
function pgliteSnapshot(): Promise<Blob | undefined> {
  const path = inject("pgliteSnapshot");
  snapshot ??= path ? readFile(path).then((bytes) => new Blob([bytes])) : Promise.resolve(undefined);
  return snapshot;
}

const pglite: Backend = {
  name: "pglite",
  async create() {
    const handle = openDatabase({ dataDir: null, snapshot: await pgliteSnapshot() });
    await migrateDatabase(handle);
    return { ...handle, dispose: () => handle.close() };
  },
};

/** A fresh database in the test cluster for each call, dropped on dispose. */
function postgresBackend(adminUrl: string): Backend {
  return {
    name: "postgres",
    async create() {
      const name = `test_${randomBytes(6).toString("hex")}`;
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      // Copied from the run's migrated template when there is one (CREATE DATABASE is a file copy).
      const template = inject("postgresTemplate");
      await admin.unsafe(template ? `create database ${name} template ${template}` : `create database ${name}`);
      const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
      // A test that needs real concurrency sets DB_POOL_SIZE before it creates its database.
      const handle = openDatabase({ url, poolSize: parseEnvironment(process.env).DB_POOL_SIZE });
      await migrateDatabase(handle);
      return {
        ...handle,
        url,
        async dispose() {
          await handle.close();
          await admin.unsafe(`drop database if exists ${name} with (force)`);
          await admin.end();
        },
      };
    },
  };
}

/**
 * The databases every data-layer test runs on: PGlite always, PostgreSQL when the cluster is up.
 * DB_TEST_BACKEND=pglite or =postgres keeps one of them: `npm test` runs the suite once per backend,
 * side by side (the PGlite run keeps one core busy in its own process, the PostgreSQL one mostly
 * waits on the server), so each test still runs on both.
 */
export function backends(): Backend[] {
  const url = process.env.PG_TEST_URL;
  const only = process.env.DB_TEST_BACKEND;
  if (only && only !== "pglite" && only !== "postgres") throw new Error(`DB_TEST_BACKEND must be pglite or postgres, not ${only}`);
  if (only === "pglite") return [pglite];
  if (url) return only === "postgres" ? [postgresBackend(url)] : [pglite, postgresBackend(url)];
  const postgresRequired = process.env.REQUIRE_POSTGRES || only === "postgres";
  if (postgresRequired) throw new Error("PG_TEST_URL is not set: start the test cluster (npm test does).");
  console.warn("PG_TEST_URL is not set: data-layer tests run on PGlite only.");
  return [pglite];
}

/** Runs the promise and returns the Postgres error code it fails with (or undefined). */
export async function failureCode(work: Promise<unknown>): Promise<string | undefined> {
  try {
    await work;
    return undefined;
  } catch (error) {
    const { pgErrorCode } = await import("@/db/errors");
    return pgErrorCode(error) ?? `not a database error: ${String(error)}`;
  }
}
