import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Event, sessionSignups } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { setClock } from "@/lib/clock";
import { checkedInCount, checkIn, checkInPlaces } from "@/lib/dashboard/checkin";
import { eventRegistration } from "@/lib/dashboard/registration-edit";
import { eventSession } from "@/lib/dashboard/sessions";
import { holdMinutesOf } from "@/lib/registration/holds";
import { backends, type TestDatabase } from "../support/databases";
import { eventBySlug, insertRegistration } from "../support/fixtures";
import { createActor, createSession, signUp } from "./dashboard-support";

/** The reads pages make through lib/ (they used to build these queries themselves). */
describe.each(backends())("what pages read, on $name", (backend) => {
  let database: TestDatabase;
  let event: Event;
  let other: Event;
  beforeAll(async () => {
    database = await backend.create();
    await seedDatabase(database.db);
    event = await eventBySlug(database.db, "digital-alliance-days-2023");
    other = await eventBySlug(database.db, "cybersecurity-dialogue-2024");
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it("a session and a registration are found only under their own dialogue", async () => {
    const db = database.db;
    const session = await createSession(db, event, 5);
    await signUp(db, event, session.id, "confirmed", 1);
    await signUp(db, event, session.id, "waitlisted", 2);
    expect(await eventSession(db, event.id, session.id)).toMatchObject({ session: { id: session.id }, activeSignups: 2 });
    expect(await eventSession(db, other.id, session.id)).toBeNull();
    const delegate = await insertRegistration(db, event.id, { givenName: "Rosa" });
    expect(await eventRegistration(db, event.id, delegate.id)).toMatchObject({ id: delegate.id, givenName: "Rosa" });
    expect(await eventRegistration(db, other.id, delegate.id)).toBeNull();
  });

  it("the hold time of a dialogue by its slug, null for an unknown one", async () => {
    expect(await holdMinutesOf(database.db, event.slug)).toBe(event.holdMinutes);
    expect(await holdMinutesOf(database.db, "no-such-dialogue")).toBeNull();
  });

  it("check-in places in programme order and the counts at the venue and at a session", async () => {
    const db = database.db;
    const places = await checkInPlaces(db, event.id);
    expect(places.length).toBeGreaterThan(0);
    const starts = places.map((p) => p.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const desk = await createActor(db, "checkin");
    const delegate = await insertRegistration(db, event.id);
    // A session's door admits its signed-up delegates (lib/dashboard/checkin.ts).
    await db
      .insert(sessionSignups)
      .values({ registrationId: delegate.id, sessionId: places[0]!.id, status: "confirmed", confirmedAt: new Date() });
    const day = { day: event.startDate };
    setClock(new Date(`${event.startDate}T15:00:00Z`));
    try {
      expect(await checkedInCount(db, event.id, day)).toBe(0);
      await checkIn(db, desk, event, { registrationId: delegate.id }, null);
      await checkIn(db, desk, event, { registrationId: delegate.id }, places[0]!.id);
      expect(await checkedInCount(db, event.id, day)).toBe(1);
      expect(await checkedInCount(db, event.id, { sessionId: places[0]!.id })).toBe(1);
      expect(await checkedInCount(db, other.id, day)).toBe(0);
    } finally {
      setClock(null);
    }
  });
});
