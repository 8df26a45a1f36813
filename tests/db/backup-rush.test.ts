import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { type BackupSource, createBackup } from "@/lib/backup/create-backup";
import { restoreBackup } from "@/lib/backup/restore";
import { pgliteClientOf } from "@/lib/backup/sql-runner";
import { submitRegistration } from "@/lib/registration";
import type { TestDatabase } from "../support/databases";
import { addSession, CARTAGENA, formValues, seededBackends } from "../support/registration";
import { emptyPostgres, expectConsistentRush, tempDir } from "./backup-support";

// Real concurrency on PostgreSQL needs connections: each attempt runs its own transaction.
process.env.DB_POOL_SIZE = "20";

const ATTEMPTS = 60;
const CAPACITY = 8;
const WORKERS = 6;

describe.each(seededBackends())("a backup taken during a registration rush on $name", (backend) => {
  let database: TestDatabase;
  const cleanups: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    database = await backend.create();
  });
  afterAll(async () => {
    await database?.dispose();
    for (const cleanup of cleanups) await cleanup();
  });

  it("restores to a consistent state: every sign-up has its registration and its email, no session over capacity", async () => {
    const session = await addSession(database.db, CARTAGENA, { capacity: CAPACITY });
    const source: BackupSource =
      database.kind === "pglite" ? { kind: "pglite", client: pgliteClientOf(database) } : { kind: "postgres", url: database.url! };
    const root = tempDir("rush");
    let done = 0;
    let backupStarted: Promise<Awaited<ReturnType<typeof createBackup>>> | undefined;
    // Delegates keep arriving (WORKERS at a time) while the backup runs, as in a real rush.
    const worker = async (w: number) => {
      for (let i = w; i < ATTEMPTS; i += WORKERS) {
        const result = await submitRegistration(
          database.db,
          formValues({ email: `rush${i}@example.org`, sessionIds: [String(session.id)] }),
          {
            eventSlug: CARTAGENA,
            locale: "en",
          },
        );
        expect(result.kind).toBe("registered");
        if (++done === 10) backupStarted = createBackup({ source, dataDir: root, backupDir: join(root, "backups"), keep: 2 });
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
    const backup = await backupStarted!;
    const backedUp = backup.manifest.tables.registrations!.rows;
    // Taken mid-rush: some registrations are in it, later ones are not.
    expect(backedUp).toBeGreaterThanOrEqual(10);
    expect(backedUp).toBeLessThan(ATTEMPTS);

    if (database.kind === "pglite") {
      const dataDir = join(root, "restored", "pglite");
      await restoreBackup({ backup: backup.folder, target: { kind: "pglite", dataDir } });
      const restored = openDatabase({ dataDir });
      try {
        expect(await expectConsistentRush(restored.db, session.id, CAPACITY)).toBe(backedUp);
      } finally {
        await restored.close();
      }
    } else {
      const target = await emptyPostgres(process.env.PG_TEST_URL!);
      cleanups.push(target.drop);
      await restoreBackup({ backup: backup.folder, target: { kind: "postgres", url: target.url } });
      const restored = openDatabase({ url: target.url });
      try {
        expect(await expectConsistentRush(restored.db, session.id, CAPACITY)).toBe(backedUp);
      } finally {
        await restored.close();
      }
    }
    // The source finished the rush: all registered, the session full.
    expect(await expectConsistentRush(database.db, session.id, CAPACITY)).toBe(ATTEMPTS);
  });
});
