import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, events, registrations, sessionSignups } from "@/db/schema";
import { cancelRegistration, submitRegistration } from "@/lib/registration";
import type { TestDatabase } from "../support/databases";
import { addSession, CARTAGENA, confirmAddress, formValues, seededBackends, signupCounts } from "../support/registration";

// Real concurrency on PostgreSQL needs connections: each attempt runs its own transaction.
process.env.DB_POOL_SIZE = "40";

const ATTEMPTS = 220;
const CAPACITY = 20;

describe.each(seededBackends())("registration rush on $name", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
    // Every rush registration stays an unconfirmed hold here: lift the ceiling that stops floods.
    await database.db.update(events).set({ maxUnconfirmedHolds: 100_000 });
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it(`${ATTEMPTS} simultaneous sign-ups for ${CAPACITY} seats: exactly ${CAPACITY} confirmed, the rest waitlisted in order`, async () => {
    const session = await addSession(database.db, CARTAGENA, { capacity: CAPACITY });
    const results = await Promise.allSettled(
      Array.from({ length: ATTEMPTS }, (_, i) =>
        submitRegistration(database.db, formValues({ email: `rush${i}@example.org`, sessionIds: [String(session.id)] }), {
          eventSlug: CARTAGENA,
          locale: i % 2 ? "es" : "en",
        }),
      ),
    );
    const rejected = results.filter((r) => r.status === "rejected");
    expect(rejected.map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    const kinds = results.map((r) => (r as PromiseFulfilledResult<{ kind: string }>).value.kind);
    expect(kinds.every((k) => k === "registered")).toBe(true);

    expect(await signupCounts(database.db, session.id)).toEqual({
      confirmed: CAPACITY,
      waitlisted: ATTEMPTS - CAPACITY,
      cancelled: 0,
      seatsTaken: CAPACITY,
    });
    const stored = await database.db.select({ id: registrations.id }).from(registrations);
    expect(stored).toHaveLength(ATTEMPTS);
    // One confirmation email per registration, written with it.
    const emails = await database.db.select({ id: emailOutbox.id }).from(emailOutbox);
    expect(emails).toHaveLength(ATTEMPTS);
  });

  it("cancellations at the same time promote exactly as many people, first come first served", async () => {
    const session = await addSession(database.db, CARTAGENA, { capacity: CAPACITY });
    const ids: number[] = [];
    // In order, so the waiting list order is known.
    for (let i = 0; i < CAPACITY + 30; i++) {
      const result = await submitRegistration(
        database.db,
        formValues({ email: `wave${i}@example.org`, sessionIds: [String(session.id)] }),
        { eventSlug: CARTAGENA, locale: "en" },
      );
      if (result.kind !== "registered") throw new Error(result.kind);
      // Confirmed addresses: promoted delegates are then told by email.
      await confirmAddress(database.db, result.registrationId);
      ids.push(result.registrationId);
    }
    const waiting = ids.slice(CAPACITY);
    // Ten confirmed delegates and five waiting ones cancel at once.
    const cancelling = [...ids.slice(0, 10), ...waiting.slice(0, 5)];
    const outcomes = await Promise.allSettled(cancelling.map((id) => cancelRegistration(database.db, { registrationId: id })));
    expect(outcomes.filter((o) => o.status === "rejected")).toEqual([]);

    expect(await signupCounts(database.db, session.id)).toEqual({
      confirmed: CAPACITY,
      waitlisted: 30 - 5 - 10,
      cancelled: 15,
      seatsTaken: CAPACITY,
    });
    const confirmed = await database.db
      .select({ registrationId: sessionSignups.registrationId })
      .from(sessionSignups)
      .where(and(eq(sessionSignups.sessionId, session.id), eq(sessionSignups.status, "confirmed")))
      .orderBy(asc(sessionSignups.registrationId));
    // The next ten in line (after the five who left the list) got the seats.
    expect(confirmed.map((r) => r.registrationId)).toEqual([...ids.slice(10, CAPACITY), ...waiting.slice(5, 15)].sort((a, b) => a - b));
    // Each newly seated delegate was told (some who left the list may have been seated first).
    const promotedEmails = await database.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "registration.promoted"));
    const told = new Set(promotedEmails.map((e) => e.registrationId));
    for (const id of waiting.slice(5, 15)) expect(told.has(id)).toBe(true);
  });
});
