import { randomBytes } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** A dumped PGlite data folder with every migration applied (see databases.ts). */
    pgliteSnapshot: string;
    /** A PostgreSQL database with every migration applied, to copy as a template; "" without a cluster. */
    postgresTemplate: string;
  }
}

/**
 * Runs the migrations once per test run instead of once per test file and backend: PGlite's migrated
 * data folder is dumped to a file each file's database starts from, and PostgreSQL gets a template
 * database each file's database is copied from (CREATE DATABASE … TEMPLATE). Both are checked by the
 * same migrations afterwards (a no-op). Both are made fresh for each run (named at random: runs in
 * other worktrees may share the cluster or the temporary folder) and removed at its end.
 */
export default async function setup(project: TestProject) {
  const run = randomBytes(6).toString("hex");
  // A run on one backend only (DB_TEST_BACKEND, see databases.ts) prepares only that one.
  const only = process.env.DB_TEST_BACKEND;
  const snapshotPath = join(tmpdir(), `dialogos-test-pglite-${run}.tar`);
  if (only !== "postgres") {
    const pglite = openDatabase({ dataDir: null });
    await migrateDatabase(pglite);
    const dump = await (pglite.db as unknown as { $client: PGlite }).$client.dumpDataDir("none");
    await writeFile(snapshotPath, Buffer.from(await dump.arrayBuffer()));
    await pglite.close();
  }
  project.provide("pgliteSnapshot", only === "postgres" ? "" : snapshotPath);

  const adminUrl = process.env.PG_TEST_URL;
  let template = "";
  if (adminUrl && only !== "pglite") {
    template = `test_template_${run}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`create database ${template}`);
      const handle = openDatabase({ url: adminUrl.replace(/\/[^/]*$/, `/${template}`), poolSize: 1 });
      await migrateDatabase(handle);
      await handle.close();
    } finally {
      await admin.end();
    }
  }
  project.provide("postgresTemplate", template);

  return async () => {
    await rm(snapshotPath, { force: true });
    if (!adminUrl || !template) return;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${template} with (force)`).finally(() => admin.end());
  };
}
