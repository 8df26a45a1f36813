import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Event, emailOutbox, registrations, sessionSignups, sessions } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { applyRetention } from "@/lib/registration/retention";
import { backends, type TestDatabase } from "../support/databases";
import { eventBySlug, insertRegistration } from "../support/fixtures";

describe.each(backends())("data retention on $name", (backend) => {
  let database: TestDatabase;
  let cartagena: Event;

  beforeAll(async () => {
    database = await backend.create();
    await seedDatabase(database.db);
    cartagena = await eventBySlug(database.db, "digital-alliance-days-2023"); // ended 2023-11-29
  });
  afterAll(async () => database?.dispose());

  it("erases personal data a year after the dialogue and the registration, keeping statuses, seats and counts", async () => {
    const db = database.db;
    const old = await insertRegistration(db, cartagena.id, {
      status: "confirmed",
      dietaryRequirements: "Vegetarian",
      specialDataConsentAt: new Date("2023-10-01T00:00:00Z"),
      createdAt: new Date("2023-10-01T00:00:00Z"),
    });
    const recent = await insertRegistration(db, cartagena.id, { status: "confirmed", createdAt: new Date("2025-06-01T00:00:00Z") });
    const [session] = await db.select().from(sessions).where(eq(sessions.eventId, cartagena.id)).limit(1);
    await db
      .insert(sessionSignups)
      .values({ registrationId: old.id, sessionId: session!.id, status: "confirmed", confirmedAt: new Date("2023-10-01T00:00:00Z") });
    await db
      .update(sessions)
      .set({ seatsTaken: session!.seatsTaken + 1 })
      .where(eq(sessions.id, session!.id));
    await db.insert(emailOutbox).values([
      {
        kind: "registration.confirmed",
        toAddress: old.email,
        subject: "Sent",
        textBody: "Dear Ana",
        status: "sent",
        registrationId: old.id,
      },
      {
        kind: "registration.updated",
        toAddress: old.email,
        subject: "Waiting",
        textBody: "Dear Ana",
        status: "pending",
        registrationId: old.id,
      },
    ]);

    // A year after the dialogue but not yet a year after the recent registration.
    expect(await applyRetention(db, new Date("2026-01-15T00:00:00Z"))).toBe(1);
    const [erased] = await db.select().from(registrations).where(eq(registrations.id, old.id));
    expect(erased).toMatchObject({
      status: "confirmed",
      givenName: "—",
      familyName: "—",
      dietaryRequirements: null,
      specialDataConsentAt: null,
      email: `erased-${old.id}@erased.invalid`,
    });
    expect(erased!.erasedAt).not.toBeNull();
    expect(erased!.checkInToken).not.toBe(old.checkInToken);
    expect(erased!.manageTokenHash).not.toBe(old.manageTokenHash);
    const [kept] = await db.select().from(registrations).where(eq(registrations.id, recent.id));
    expect(kept).toMatchObject({ givenName: recent.givenName, email: recent.email, erasedAt: null });

    // Nobody was cancelled, promoted or emailed: seats and sign-ups are as they were.
    const [after] = await db.select().from(sessions).where(eq(sessions.id, session!.id));
    expect(after!.seatsTaken).toBe(session!.seatsTaken + 1);
    const [signup] = await db.select().from(sessionSignups).where(eq(sessionSignups.registrationId, old.id));
    expect(signup!.status).toBe("confirmed");
    const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.registrationId, old.id));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ status: "sent", toAddress: `erased-${old.id}@erased.invalid`, textBody: "—" });

    // Running again changes nothing; a year after the recent one, it goes too.
    expect(await applyRetention(db, new Date("2026-01-16T00:00:00Z"))).toBe(0);
    expect(await applyRetention(db, new Date("2026-06-02T00:00:00Z"))).toBe(1);
  });
});
