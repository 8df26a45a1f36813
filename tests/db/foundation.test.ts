import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PG_CHECK_VIOLATION, PG_UNIQUE_VIOLATION } from "@/db/errors";
import { migrateDatabase } from "@/db/migrate";
import { checkIns, events, sessionSignups, sessions, themes } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { zonedDay } from "@/lib/time";
import { backends, failureCode, type TestDatabase } from "../support/databases";
import { eventBySlug, insertRegistration, registrationValues, sessionsOf } from "../support/fixtures";

const expectedTables = [
  "audit_log",
  "check_ins",
  "delegations",
  "email_outbox",
  "event_reminders",
  "events",
  "invitees",
  "mailings",
  "one_time_tokens",
  "organiser_sessions",
  "rate_limits",
  "registration_answers",
  "registration_questions",
  "registrations",
  "remote_joins",
  "session_signups",
  "sessions",
  "sign_in_backoff",
  "themes",
  "uploads",
  "user_dialogues",
  "users",
  "visa_letterheads",
  "visa_requests",
];

async function snapshot(db: TestDatabase["db"]) {
  return {
    events: await db.select().from(events).orderBy(events.id),
    themes: await db.select().from(themes).orderBy(themes.id),
    sessions: await db.select().from(sessions).orderBy(sessions.id),
  };
}

describe.each(backends())("foundation on $name", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
    await seedDatabase(database.db);
  });
  afterAll(async () => database?.dispose());

  it("applies the migrations: every table exists, and migrating again changes nothing", async () => {
    const rows = await database.db
      .select({ name: sql<string>`table_name` })
      .from(sql`information_schema.tables`)
      .where(sql`table_schema = 'public'`);
    expect(rows.map((r) => r.name).sort()).toEqual(expectedTables);
    await expect(migrateDatabase(database)).resolves.toBeUndefined();
  });

  it("seeds both dialogues with their real dates, places and zones", async () => {
    const cartagena = await eventBySlug(database.db, "digital-alliance-days-2023");
    expect(cartagena).toMatchObject({
      city: "Cartagena de Indias",
      countryCode: "CO",
      timeZone: "America/Bogota",
      startDate: "2023-11-27",
      endDate: "2023-11-29",
      registrationOpen: true,
      themeTerm: "theme",
    });
    const santoDomingo = await eventBySlug(database.db, "cybersecurity-dialogue-2024");
    expect(santoDomingo).toMatchObject({
      city: "Santo Domingo",
      countryCode: "DO",
      timeZone: "America/Santo_Domingo",
      startDate: "2024-02-14",
      endDate: "2024-02-16",
      registrationOpen: true,
      themeTerm: "pillar",
    });
    const themeCount = async (eventId: number) =>
      (await database.db.select({ n: count() }).from(themes).where(eq(themes.eventId, eventId)))[0]?.n;
    expect(await themeCount(cartagena.id)).toBe(5);
    expect(await themeCount(santoDomingo.id)).toBe(4);
  });

  it("gives each dialogue a sample programme of at least 12 sessions within its days", async () => {
    for (const slug of ["digital-alliance-days-2023", "cybersecurity-dialogue-2024"]) {
      const event = await eventBySlug(database.db, slug);
      const programme = await sessionsOf(database.db, event.id);
      expect(programme.length).toBeGreaterThanOrEqual(12);
      expect(programme.every((s) => s.isSample)).toBe(true);
      expect(programme.filter((s) => s.isStreamed).length).toBeGreaterThanOrEqual(3);
      expect(programme.some((s) => s.capacity === null)).toBe(true);
      expect(programme.some((s) => s.capacity !== null && s.capacity <= 30)).toBe(true);
      const days = new Set(programme.map((s) => zonedDay(s.startsAt, event.timeZone)));
      expect([...days].sort()).toEqual([event.startDate, expect.any(String), event.endDate]);
      for (const s of programme) {
        expect(s.title.en && s.title.es, `${s.slug} has English and Spanish titles`).toBeTruthy();
        expect(s.description.en && s.description.es).toBeTruthy();
        expect(zonedDay(s.endsAt, event.timeZone) >= event.startDate).toBe(true);
        expect(zonedDay(s.endsAt, event.timeZone) <= event.endDate).toBe(true);
      }
    }
  });

  it("is idempotent: seeding again creates nothing and changes nothing", async () => {
    const before = await snapshot(database.db);
    const result = await seedDatabase(database.db);
    expect(result.eventsCreated).toBe(0);
    expect(await snapshot(database.db)).toEqual(before);
  });

  it("keeps organisers' edits when the seed runs again", async () => {
    const event = await eventBySlug(database.db, "digital-alliance-days-2023");
    await database.db.update(events).set({ registrationOpen: false }).where(eq(events.id, event.id));
    await seedDatabase(database.db);
    expect((await eventBySlug(database.db, event.slug)).registrationOpen).toBe(false);
    await database.db.update(events).set({ registrationOpen: true }).where(eq(events.id, event.id));
  });

  describe("constraints", () => {
    it("rejects a second active registration for the same event and email, whatever its case", async () => {
      const event = await eventBySlug(database.db, "digital-alliance-days-2023");
      await insertRegistration(database.db, event.id, { email: "Delegate@Example.org" });
      const code = await failureCode(insertRegistration(database.db, event.id, { email: "delegate@EXAMPLE.org" }));
      expect(code).toBe(PG_UNIQUE_VIOLATION);
    });

    it("allows a new registration once the earlier one is cancelled, and in another event", async () => {
      const cartagena = await eventBySlug(database.db, "digital-alliance-days-2023");
      const santoDomingo = await eventBySlug(database.db, "cybersecurity-dialogue-2024");
      await insertRegistration(database.db, cartagena.id, { email: "again@example.org", status: "cancelled" });
      await expect(insertRegistration(database.db, cartagena.id, { email: "again@example.org" })).resolves.toBeTruthy();
      await expect(insertRegistration(database.db, santoDomingo.id, { email: "again@example.org" })).resolves.toBeTruthy();
    });

    it("rejects a duplicate sign-up of one registration for one session", async () => {
      const event = await eventBySlug(database.db, "digital-alliance-days-2023");
      const [session] = await sessionsOf(database.db, event.id);
      const registration = await insertRegistration(database.db, event.id);
      const signup = { registrationId: registration.id, sessionId: session!.id, status: "confirmed" as const };
      await database.db.insert(sessionSignups).values(signup);
      expect(await failureCode(database.db.insert(sessionSignups).values(signup))).toBe(PG_UNIQUE_VIOLATION);
    });

    it("rejects a session that ends before it starts", async () => {
      const event = await eventBySlug(database.db, "digital-alliance-days-2023");
      const code = await failureCode(
        database.db.insert(sessions).values({
          eventId: event.id,
          slug: "backwards",
          title: { en: "Backwards" },
          description: { en: "" },
          kind: "panel",
          room: "A",
          startsAt: new Date("2023-11-27T15:00:00Z"),
          endsAt: new Date("2023-11-27T14:00:00Z"),
        }),
      );
      expect(code).toBe(PG_CHECK_VIOLATION);
    });

    it("never lets a session hold more confirmed seats than its capacity", async () => {
      const event = await eventBySlug(database.db, "digital-alliance-days-2023");
      const [small] = (await sessionsOf(database.db, event.id)).filter((s) => s.capacity !== null);
      const code = await failureCode(
        database.db
          .update(sessions)
          .set({ seatsTaken: small!.capacity! + 1 })
          .where(eq(sessions.id, small!.id)),
      );
      expect(code).toBe(PG_CHECK_VIOLATION);
    });

    it("refuses accessibility or dietary data without its explicit consent", async () => {
      const event = await eventBySlug(database.db, "digital-alliance-days-2023");
      const code = await failureCode(
        insertRegistration(database.db, event.id, { dietaryRequirements: "vegetarian", specialDataConsentAt: null }),
      );
      expect(code).toBe(PG_CHECK_VIOLATION);
      await expect(
        insertRegistration(database.db, event.id, { dietaryRequirements: "vegetarian", specialDataConsentAt: new Date() }),
      ).resolves.toBeTruthy();
    });

    it("records a venue check-in once per delegate and day", async () => {
      const event = await eventBySlug(database.db, "digital-alliance-days-2023");
      const registration = await insertRegistration(database.db, event.id);
      const venue = { registrationId: registration.id, day: "2023-11-27", sessionId: null };
      await database.db.insert(checkIns).values(venue);
      expect(await failureCode(database.db.insert(checkIns).values(venue))).toBe(PG_UNIQUE_VIOLATION);
      await expect(database.db.insert(checkIns).values({ ...venue, day: "2023-11-28" })).resolves.toBeTruthy();
    });

    it("keeps waitlist order only on waitlisted sign-ups", async () => {
      const event = await eventBySlug(database.db, "digital-alliance-days-2023");
      const [, session] = await sessionsOf(database.db, event.id);
      const registration = await insertRegistration(database.db, event.id, registrationValues(event.id));
      const code = await failureCode(
        database.db.insert(sessionSignups).values({ registrationId: registration.id, sessionId: session!.id, status: "waitlisted" }),
      );
      expect(code).toBe(PG_CHECK_VIOLATION);
      const rows = await database.db
        .select()
        .from(sessionSignups)
        .where(and(eq(sessionSignups.registrationId, registration.id)));
      expect(rows).toHaveLength(0);
    });
  });
});
