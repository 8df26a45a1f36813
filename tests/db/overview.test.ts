import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkIns, sessionSignups } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { setClock } from "@/lib/clock";
import { eventOverview } from "@/lib/dashboard/overview";
import { backends, type TestDatabase } from "../support/databases";
import { eventBySlug, insertRegistration, sessionsOf } from "../support/fixtures";

describe.each(backends())("event overview on $name", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
    await seedDatabase(database.db);
  });
  afterAll(async () => {
    setClock(null);
    await database?.dispose();
  });

  it("counts by status, group, region and country, and fills sessions, from the tables", async () => {
    const db = database.db;
    const event = await eventBySlug(db, "digital-alliance-days-2023");
    const other = await eventBySlug(db, "cybersecurity-dialogue-2024").catch(() => null);
    const add = (overrides: Parameters<typeof insertRegistration>[2]) => insertRegistration(db, event.id, overrides);
    const es = await add({ countryCode: "ES", stakeholderGroup: "government_eu_member_state" });
    await add({ countryCode: "ES", stakeholderGroup: "government_eu_member_state", status: "pending" });
    const co = await add({ countryCode: "CO", stakeholderGroup: "government_lac_country" });
    await add({ countryCode: "US", stakeholderGroup: "private_sector" });
    await add({ countryCode: "BR", stakeholderGroup: "civil_society", status: "cancelled" });
    await add({ countryCode: "MX", stakeholderGroup: "academia_research", status: "rejected" });
    // Holds are shown apart: neither is among the people who may come.
    await add({ countryCode: "PE", stakeholderGroup: "media", status: "unconfirmed", holdExpiresAt: new Date(Date.now() + 600_000) });
    await add({ countryCode: "PE", stakeholderGroup: "media", status: "expired" });
    if (other) await insertRegistration(db, other.id, { countryCode: "FR" });

    const [first, second] = await sessionsOf(db, event.id);
    await db.insert(sessionSignups).values([
      { registrationId: es.id, sessionId: first!.id, status: "confirmed", confirmedAt: new Date() },
      { registrationId: co.id, sessionId: first!.id, status: "waitlisted", waitlistedAt: new Date() },
    ]);

    // 23:30 on the first day in Bogotá is already the next day in UTC: "today" is the event's day.
    const day = event.startDate;
    setClock(new Date(`${day}T23:30:00-05:00`));
    await db.insert(checkIns).values([
      { registrationId: es.id, day },
      { registrationId: es.id, day, sessionId: second!.id },
      { registrationId: co.id, day: "2000-01-01" },
    ]);

    const overview = await eventOverview(event, db);
    expect(overview.today).toBe(day);
    expect(overview.counts).toEqual({
      registered: 4,
      confirmed: 3,
      pending: 1,
      unconfirmed: 1,
      expired: 1,
      waitlisted: 1,
      dialogueWaitlist: 0,
      cancelled: 1,
      checkedInToday: 1,
    });
    expect(overview.byRegion).toEqual([
      { key: "eu", count: 2 },
      { key: "lac", count: 1 },
      { key: "other", count: 1 },
    ]);
    expect(overview.byCountry).toEqual([
      { key: "ES", count: 2 },
      { key: "CO", count: 1 },
      { key: "US", count: 1 },
    ]);
    expect(overview.byGroup[0]).toEqual({ key: "government_eu_member_state", count: 2 });
    expect(overview.byGroup.map((g) => g.key)).not.toContain("civil_society");
    const firstSession = overview.sessions.find((s) => s.id === first!.id)!;
    expect(firstSession).toMatchObject({ seatsTaken: first!.seatsTaken, waitlisted: 1, capacity: first!.capacity });
    expect(overview.sessions).toHaveLength((await sessionsOf(db, event.id)).length);
  });
});
