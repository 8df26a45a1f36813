import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Event, emailOutbox, eventReminders, events, sessionSignups, sessions } from "@/db/schema";
import { reminderDue, sendDueReminders } from "@/lib/mailings/reminders";
import type { TestDatabase } from "../support/databases";
import { eventBySlug, insertRegistration } from "../support/fixtures";
import { SANTO_DOMINGO, seededBackends } from "../support/registration";
import { createSession } from "./dashboard-support";

process.env.DB_POOL_SIZE = "10";

const DAY = 86_400_000;

describe("when the reminder is due", () => {
  const event = { startDate: "2030-03-10", timeZone: "America/Santo_Domingo", reminderDaysBefore: 3 };
  it.each([
    ["no reminder set", { ...event, reminderDaysBefore: null }, "2030-03-08T12:00:00Z", false],
    ["four days before", event, "2030-03-06T12:00:00Z", false],
    ["three days before, in the dialogue's zone", event, "2030-03-07T04:30:00Z", true],
    ["still 6 March in Santo Domingo", event, "2030-03-07T03:30:00Z", false],
    ["the day before", event, "2030-03-09T23:00:00Z", true],
    ["once it has started", event, "2030-03-10T12:00:00Z", false],
  ] as const)("%s", (_name, settings, at, due) => {
    expect(reminderDue(settings, new Date(at))).toBe(due);
  });
});

describe.each(seededBackends())("automatic reminder on $name", (backend) => {
  let database: TestDatabase;
  let event: Event;
  const confirmed: number[] = [];
  let others: number[] = [];

  beforeAll(async () => {
    database = await backend.create();
    const db = database.db;
    const seeded = await eventBySlug(db, SANTO_DOMINGO);
    [event] = (await db
      .update(events)
      .set({ reminderDaysBefore: 2, status: "published", streamUrl: "https://stream.example.org/live" })
      .where(eq(events.id, seeded.id))
      .returning()) as [Event];
    const session = await createSession(db, event, null);
    await db.update(sessions).set({ isStreamed: true }).where(eq(sessions.id, session.id));
    for (const [i, locale] of ["es", "en", "fr", "pt", "es", "en"].entries()) {
      const row = await insertRegistration(db, event.id, { givenName: `Delegate${i}`, preferredLanguage: locale, locale });
      confirmed.push(row.id);
      if (i === 0) {
        await db
          .insert(sessionSignups)
          .values({ registrationId: row.id, sessionId: session.id, status: "confirmed", confirmedAt: new Date() });
      }
    }
    others = [
      (await insertRegistration(db, event.id, { status: "pending" })).id,
      (await insertRegistration(db, event.id, { status: "cancelled", cancelledAt: new Date() })).id,
      (await insertRegistration(db, event.id, { status: "unconfirmed" })).id,
    ];
  });
  afterAll(async () => database?.dispose());

  const start = () => Date.parse(`${event.startDate}T12:00:00Z`);
  const reminders = () => database.db.select().from(emailOutbox).where(like(emailOutbox.dedupeKey, "reminder:%"));

  it("sends nothing before the window", async () => {
    expect(await sendDueReminders(database.db, new Date(start() - 4 * DAY))).toBe(0);
    expect(await reminders()).toHaveLength(0);
  });

  it("queues one reminder per confirmed registration, even with two passes at once", async () => {
    const at = new Date(start() - 2 * DAY);
    const [a, b] = await Promise.all([sendDueReminders(database.db, at, 4), sendDueReminders(database.db, at, 4)]);
    const existing = await database.db.$count(eventReminders);
    expect(a + b).toBe(existing);
    const rows = await reminders();
    expect(rows).toHaveLength(existing);
    for (const id of confirmed) expect(rows.filter((r) => r.registrationId === id)).toHaveLength(1);
    for (const id of others) expect(rows.some((r) => r.registrationId === id)).toBe(false);
    // A later pass (the next interval, another instance) sends nothing again.
    expect(await sendDueReminders(database.db, new Date(start() - DAY))).toBe(0);
    expect(await reminders()).toHaveLength(existing);
  });

  it("carries the delegate's sessions with stream links and the calendar file, in their language", async () => {
    const rows = await reminders();
    const first = rows.find((r) => r.registrationId === confirmed[0])!;
    expect(first.subject).toMatch(/^Recordatorio: /);
    expect(first.textBody).toContain("Sesión de prueba");
    expect(first.textBody).toContain("https://stream.example.org/live");
    expect(first.attachments.map((a) => a.filename)).toEqual([`${event.slug}.ics`]);
    expect(Buffer.from(first.attachments[0]!.contentBase64, "base64").toString()).toContain("BEGIN:VEVENT");
    const french = rows.find((r) => r.registrationId === confirmed[2])!;
    expect(french.subject).toMatch(/^Rappel : /);
  });
});
