import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emailOutbox, type OutboxEmail } from "@/db/schema";
import { setClock } from "@/lib/clock";
import { enqueueEmail } from "@/lib/email/outbox";
import { deliverDueEmails, MAX_ATTEMPTS, type Mailer } from "@/lib/email/sender";
import { backends, type TestDatabase } from "../support/databases";

function recordingMailer(fail?: (m: OutboxEmail) => boolean): Mailer & { sent: OutboxEmail[] } {
  const sent: OutboxEmail[] = [];
  return {
    sent,
    async send(message) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (fail?.(message)) throw new Error("SMTP said no");
      sent.push(message);
    },
  };
}

describe.each(backends())("email outbox on $name", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
  });
  beforeEach(async () => {
    setClock(null);
    await database.db.delete(emailOutbox);
  });
  afterAll(async () => {
    setClock(null);
    await database?.dispose();
  });

  it("queues an email only when its transaction commits", async () => {
    await database.db
      .transaction(async (tx) => {
        await enqueueEmail(tx, { kind: "test", to: "a@example.org", subject: "Hello", text: "Body" });
        throw new Error("the change fails");
      })
      .catch(() => {});
    expect(await database.db.select().from(emailOutbox)).toHaveLength(0);
  });

  it("never queues the same cause twice", async () => {
    const message = { kind: "test", to: "a@example.org", subject: "Hi", text: "x", dedupeKey: "cause-1" };
    await enqueueEmail(database.db, message);
    await enqueueEmail(database.db, message);
    expect(await database.db.select().from(emailOutbox)).toHaveLength(1);
  });

  it("delivers each message exactly once with several senders draining at the same time", async () => {
    for (let i = 0; i < 30; i++) {
      await enqueueEmail(database.db, { kind: "test", to: `d${i}@example.org`, subject: `#${i}`, text: "x" });
    }
    const mailer = recordingMailer();
    // On PGlite the "instances" share one connection; on PostgreSQL they really run concurrently.
    await Promise.all(Array.from({ length: 4 }, () => deliverDueEmails(database.db, mailer, 5)));
    while ((await deliverDueEmails(database.db, mailer, 5)).sent > 0);
    expect(mailer.sent.map((m) => m.subject).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `#${i}`).sort());
    const rows = await database.db.select().from(emailOutbox);
    expect(rows.every((r) => r.status === "sent" && r.attempts === 1 && r.sentAt)).toBe(true);
  });

  it("retries a failed message later with back-off, then gives up after the last attempt", async () => {
    await enqueueEmail(database.db, { kind: "test", to: "down@example.org", subject: "Retry me", text: "x" });
    const failing = recordingMailer(() => true);
    expect(await deliverDueEmails(database.db, failing)).toEqual({ sent: 0, failed: 1 });
    let [row] = await database.db.select().from(emailOutbox);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "SMTP said no" });
    // Not due yet: nothing happens.
    expect(await deliverDueEmails(database.db, failing)).toEqual({ sent: 0, failed: 0 });
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      setClock(new Date(row!.nextAttemptAt.getTime() + 1000));
      await deliverDueEmails(database.db, failing);
      [row] = await database.db.select().from(emailOutbox).where(eq(emailOutbox.id, row!.id));
    }
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
  });

  it("sends on a later attempt once the server answers again", async () => {
    await enqueueEmail(database.db, { kind: "test", to: "flaky@example.org", subject: "Flaky", text: "x" });
    await deliverDueEmails(
      database.db,
      recordingMailer(() => true),
    );
    const [row] = await database.db.select().from(emailOutbox);
    setClock(new Date(row!.nextAttemptAt.getTime() + 1000));
    const mailer = recordingMailer();
    expect(await deliverDueEmails(database.db, mailer)).toEqual({ sent: 1, failed: 0 });
    expect(mailer.sent).toHaveLength(1);
  });
});
