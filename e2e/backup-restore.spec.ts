import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";
import { hashToken, newToken } from "@/lib/tokens";
import { eventBySlug, insertRegistration } from "../tests/support/fixtures";
import { expect, test } from "./support/fixtures";
import { en } from "./support/messages";
import { seeded } from "./support/seeded";
import { createUser, signInAs } from "./support/users";

// A second app server, on the restored copy, beside the one the other specs use.
const port = Number(process.env.E2E_PORT ?? 3210) + 1000;
const restoredUrl = `http://127.0.0.1:${port}`;

function cli(script: string, args: string[], env: Record<string, string>): string {
  return execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", script, ...args], {
    env: { ...process.env, DATABASE_URL: "", ...env },
    encoding: "utf8",
    timeout: 180_000,
  });
}

async function waitForHealth(server: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error(`the restored server exited with ${server.exitCode}`);
    const ok = await fetch(`${restoredUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the restored server did not become healthy");
}

test("an office's embedded database, backed up and restored into PostgreSQL, serves the same delegates and organisers", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // The embedded database of an office: the dialogues, a delegate with a personal link, an organiser.
  const dataDir = mkdtempSync(join(tmpdir(), "dialogos-e2e-backup-"));
  const embedded = openDatabase({ dataDir: join(dataDir, "pglite") });
  await migrateDatabase(embedded);
  await seedDatabase(embedded.db);
  const token = newToken();
  const event = await eventBySlug(embedded.db, seeded.cartagena.slug);
  await insertRegistration(embedded.db, event.id, { givenName: "Beatriz", familyName: "Restaurada", manageTokenHash: hashToken(token) });
  const organiser = await createUser("admin", "restored", embedded.db);
  await embedded.close();

  // What the README tells the office to run.
  const backedUp = cli("scripts/backup.ts", [], { DATA_DIR: dataDir });
  const folder = /(\S+dialogos-\d{4}-\S+Z)/.exec(backedUp)?.[1];
  expect(folder, backedUp).toBeTruthy();
  const admin = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
  const database = `e2e_restored_${randomBytes(4).toString("hex")}`;
  await admin.unsafe(`create database ${database}`);
  const databaseUrl = process.env.E2E_DATABASE_URL!.replace(/\/[^/]*$/, `/${database}`);
  let server: ChildProcess | undefined;
  try {
    const restored = cli("scripts/restore.ts", [folder!, "--url", databaseUrl], { DATA_DIR: dataDir });
    expect(restored).toMatch(/every row count and checksum matches the backup/);

    server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
      // DATA_DIR: the backups folder is where the dashboard looks for the last backup.
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: randomBytes(33).toString("base64url"),
        CHECKIN_SIGNING_KEY: randomBytes(32).toString("base64url"),
        APP_URL: restoredUrl,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: "ignore",
    });
    await waitForHealth(server);

    const context = await browser.newContext({ baseURL: restoredUrl });
    const page = await context.newPage();
    await page.goto(`/en/manage/${token}`);
    await expect(page.getByText("Beatriz", { exact: true })).toBeVisible();
    await signInAs(page, organiser);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en("dashboard.title"));
    // Administrators see the backup just taken.
    await expect(page.getByTestId("backup-status")).toContainText(/^Last backup: .+ \(UTC\), .+(kB|MB)\.$/);
    await context.close();
  } finally {
    server?.kill("SIGTERM");
    await admin.unsafe(`drop database if exists ${database} with (force)`);
    await admin.end();
  }
});
