import { and, asc, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emailOutbox, events, registrations, sessionSignups } from "@/db/schema";
import { setClock } from "@/lib/clock";
import { dashboardEvent } from "@/lib/dashboard/overview";
import { activeRegistrationCount, approveRegistration, loadEventCatalogue, submitRegistration } from "@/lib/registration";
import { expireHoldsPass } from "@/lib/registration/holds";
import type { TestDatabase } from "../support/databases";
import { sentText } from "../support/outbox";
import { addSession, CARTAGENA, confirmAddress, eventId, formValues, seededBackends, signupCounts } from "../support/registration";

process.env.DB_POOL_SIZE = "40";

const MINUTE = 60_000;
/** The tests move the app clock; each starts a day after the last (registration is open then). */
let start = new Date("2030-01-01T09:00:00Z").getTime();

describe.each(seededBackends())("seat holds on $name", (backend) => {
  let database: TestDatabase;
  let cartagena: number;
  beforeAll(async () => {
    database = await backend.create();
    cartagena = await eventId(database.db, CARTAGENA);
  });
  beforeEach(async () => {
    start += 24 * 60 * MINUTE;
    at(0);
    // Earlier tests' holds ran out by now: clear them so each test counts only its own.
    await expireHoldsPass(database.db);
  });
  afterEach(async () => {
    setClock(null);
    await database.db
      .update(events)
      .set({ capacity: null, requiresApproval: false, maxUnconfirmedHolds: 100, holdMinutes: 30, holdsCeilingHitAt: null })
      .where(eq(events.id, cartagena));
  });
  afterAll(async () => {
    await database?.dispose();
  });

  const at = (minutes: number) => setClock(new Date(start + minutes * MINUTE));
  /** The app clock runs on between steps: instants agree to within a few seconds. */
  const near = (actual: Date | null | undefined, minutes: number) =>
    expect(Math.abs(actual!.getTime() - (start + minutes * MINUTE))).toBeLessThan(5_000);

  async function register(values: Record<string, unknown> = {}) {
    const result = await submitRegistration(database.db, formValues(values), { eventSlug: CARTAGENA, locale: "en" });
    if (result.kind !== "registered") throw new Error(`not registered: ${JSON.stringify(result)}`);
    return result;
  }
  async function statusOf(id: number) {
    const [row] = await database.db.select().from(registrations).where(eq(registrations.id, id));
    return row!;
  }
  async function emailsOf(id: number) {
    return database.db.select().from(emailOutbox).where(eq(emailOutbox.registrationId, id)).orderBy(asc(emailOutbox.id));
  }
  async function seatsLeft(sessionId: number) {
    const catalogue = await loadEventCatalogue(database.db, CARTAGENA);
    const session = catalogue!.sessions.find((s) => s.id === sessionId)!;
    return session.capacity! - session.seatsTaken;
  }

  it("a new registration holds its seat unconfirmed; the first email asks to confirm within the hold time", async () => {
    at(0);
    const session = await addSession(database.db, CARTAGENA, { capacity: 2 });
    const held = await register({ sessionIds: [String(session.id)], preferredLanguage: "en" });
    expect(held.status).toBe("unconfirmed");
    expect(held.seats).toEqual({ [session.id]: "confirmed" });
    near(held.holdExpiresAt, 30);
    const row = await statusOf(held.registrationId);
    expect(row).toMatchObject({ status: "unconfirmed", emailConfirmedAt: null });
    // A held seat is not free: public counts include it.
    expect(await seatsLeft(session.id)).toBe(1);
    const [mail] = await emailsOf(held.registrationId);
    expect(mail).toMatchObject({
      kind: "registration.confirmAddress",
      subject: "Please confirm your registration: EU-LAC Digital Alliance Days",
    });
    expect(mail!.textBody).toContain("within 30 minutes");
    expect(mail!.textBody).toContain("Confirm my registration");
    expect(await sentText(mail!)).toContain(`/en/manage/${held.manageToken}`);
    expect(mail!.attachments).toEqual([]);
  });

  it("an unconfirmed hold expires (test clock): its seat goes back and the first waitlisted delegate is promoted", async () => {
    at(0);
    const session = await addSession(database.db, CARTAGENA, { capacity: 1 });
    const squatter = await register({ sessionIds: [String(session.id)] });
    at(1);
    const first = await register({ sessionIds: [String(session.id)] });
    at(2);
    const second = await register({ sessionIds: [String(session.id)] });
    expect(first.seats[session.id]).toBe("waitlisted");
    await confirmAddress(database.db, first.registrationId);
    await confirmAddress(database.db, second.registrationId);
    expect(await seatsLeft(session.id)).toBe(0);

    at(29);
    expect((await expireHoldsPass(database.db)).expired).toBe(0);
    at(31);
    expect((await expireHoldsPass(database.db)).expired).toBe(1);
    expect((await statusOf(squatter.registrationId)).status).toBe("expired");
    const signups = await database.db
      .select({ registrationId: sessionSignups.registrationId, status: sessionSignups.status })
      .from(sessionSignups)
      .where(eq(sessionSignups.sessionId, session.id))
      .orderBy(asc(sessionSignups.registrationId));
    expect(signups).toEqual([
      { registrationId: squatter.registrationId, status: "cancelled" },
      { registrationId: first.registrationId, status: "confirmed" },
      { registrationId: second.registrationId, status: "waitlisted" },
    ]);
    expect(await signupCounts(database.db, session.id)).toMatchObject({ confirmed: 1, seatsTaken: 1 });
    expect((await emailsOf(first.registrationId)).map((m) => m.kind)).toContain("registration.promoted");
    // The expired address is free to register again.
    const again = await register({ email: (await statusOf(squatter.registrationId)).email });
    expect(again.status).toBe("unconfirmed");
  });

  it("capacity counts expire overdue holds first, in the registering transaction (no background pass needed)", async () => {
    at(0);
    const session = await addSession(database.db, CARTAGENA, { capacity: 1 });
    await register({ sessionIds: [String(session.id)] });
    at(40);
    const late = await register({ sessionIds: [String(session.id)] });
    expect(late.seats[session.id]).toBe("confirmed");
    expect(await signupCounts(database.db, session.id)).toMatchObject({ confirmed: 1, cancelled: 1, seatsTaken: 1 });
  });

  it("confirming before the hold runs out keeps the seat and sends the confirmation with its calendar", async () => {
    at(0);
    const session = await addSession(database.db, CARTAGENA, { capacity: 1 });
    const delegate = await register({ sessionIds: [String(session.id)] });
    at(29);
    expect(await confirmAddress(database.db, delegate.registrationId)).toEqual({ kind: "confirmed", eventId: cartagena });
    const confirmed = await statusOf(delegate.registrationId);
    expect(confirmed).toMatchObject({ status: "confirmed", holdExpiresAt: null });
    near(confirmed.emailConfirmedAt, 29);
    // Confirming twice changes nothing and sends nothing more.
    expect(await confirmAddress(database.db, delegate.registrationId)).toEqual({ kind: "unchanged", status: "confirmed" });
    const mails = await emailsOf(delegate.registrationId);
    expect(mails.map((m) => m.kind)).toEqual(["registration.confirmAddress", "registration.confirmed"]);
    expect(mails[1]!.attachments).toHaveLength(1);
    at(120);
    expect((await expireHoldsPass(database.db)).expired).toBe(0);
    expect(await signupCounts(database.db, session.id)).toMatchObject({ confirmed: 1, seatsTaken: 1 });
  });

  it("confirming too late (before the pass ran) expires the hold instead and gives the seat back", async () => {
    at(0);
    const session = await addSession(database.db, CARTAGENA, { capacity: 1 });
    const delegate = await register({ sessionIds: [String(session.id)] });
    at(31);
    expect(await confirmAddress(database.db, delegate.registrationId)).toEqual({ kind: "expired", eventId: cartagena });
    expect((await statusOf(delegate.registrationId)).status).toBe("expired");
    expect(await signupCounts(database.db, session.id)).toMatchObject({ confirmed: 0, seatsTaken: 0 });
  });

  it("approval: unconfirmed → address confirmed (pending) → approved", async () => {
    await database.db.update(events).set({ requiresApproval: true }).where(eq(events.id, cartagena));
    at(0);
    const delegate = await register();
    expect(await approveRegistration(database.db, { registrationId: delegate.registrationId, actorUserId: 0 })).toEqual({
      ok: false,
      reason: "notPending",
    });
    expect(await confirmAddress(database.db, delegate.registrationId)).toEqual({ kind: "pending", eventId: cartagena });
    expect(await statusOf(delegate.registrationId)).toMatchObject({ status: "pending" });
    at(60);
    expect((await expireHoldsPass(database.db)).expired).toBe(0);
    expect((await emailsOf(delegate.registrationId)).map((m) => m.kind)).toEqual(["registration.confirmAddress", "registration.received"]);
  });

  it("the dialogue's capacity counts live holds and frees them when they expire", async () => {
    at(0);
    const active = await activeRegistrationCount(database.db, cartagena);
    await database.db
      .update(events)
      .set({ capacity: active + 2 })
      .where(eq(events.id, cartagena));
    await register();
    await register();
    const waiting = await submitRegistration(database.db, formValues(), { eventSlug: CARTAGENA, locale: "en" });
    // Full: the places are held, and may free up; meanwhile the waiting list.
    expect(waiting).toMatchObject({ kind: "waitlisted", position: 1 });
    at(31);
    expect(await activeRegistrationCount(database.db, cartagena)).toBe(active);
    // The holds ran out: the one waiting gets a place first, then the newcomer the other.
    expect((await submitRegistration(database.db, formValues(), { eventSlug: CARTAGENA, locale: "en" })).kind).toBe("registered");
    expect(await activeRegistrationCount(database.db, cartagena)).toBe(active + 2);
    expect((await submitRegistration(database.db, formValues(), { eventSlug: CARTAGENA, locale: "en" })).kind).toBe("waitlisted");
  });

  it("many simultaneous registrations against a small session and a small dialogue: never over capacity, holds counted", async () => {
    at(0);
    const session = await addSession(database.db, CARTAGENA, { capacity: 5 });
    const active = await activeRegistrationCount(database.db, cartagena);
    await database.db
      .update(events)
      .set({ capacity: active + 12 })
      .where(eq(events.id, cartagena));
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        submitRegistration(database.db, formValues({ email: `hold-rush-${i}@example.org`, sessionIds: [String(session.id)] }), {
          eventSlug: CARTAGENA,
          locale: "en",
        }),
      ),
    );
    const kinds = results.map((r) => r.kind);
    expect(kinds.filter((k) => k === "registered")).toHaveLength(12);
    // The other 28 wait on the dialogue's list; their session sign-ups wait too, claiming no seat.
    expect(results.filter((r) => r.kind === "waitlisted")).toHaveLength(28);
    expect(await signupCounts(database.db, session.id)).toEqual({ confirmed: 5, waitlisted: 7 + 28, cancelled: 0, seatsTaken: 5 });
    expect(await activeRegistrationCount(database.db, cartagena)).toBe(active + 12);
    // Every hold runs out: all seats and places come back, and go to the next 12 in line.
    at(31);
    await expireHoldsPass(database.db);
    expect(await signupCounts(database.db, session.id)).toEqual({ confirmed: 5, waitlisted: 7 + 16, cancelled: 12, seatsTaken: 5 });
    expect(await activeRegistrationCount(database.db, cartagena)).toBe(active + 12);
  });

  it("the ceiling on live unconfirmed holds turns new registrations away and tells the organisers", async () => {
    at(1000);
    await database.db.update(events).set({ maxUnconfirmedHolds: 3 }).where(eq(events.id, cartagena));
    const held = [await register(), await register(), await register()];
    at(1001);
    expect(await submitRegistration(database.db, formValues(), { eventSlug: CARTAGENA, locale: "en" })).toEqual({ kind: "tooManyHolds" });
    const [event] = await database.db.select().from(events).where(eq(events.id, cartagena));
    near(event!.holdsCeilingHitAt, 1001);
    // The organisers' overview reads it (and shows its notice).
    expect((await dashboardEvent(CARTAGENA, database.db))?.holdsCeilingHitAt).toEqual(event!.holdsCeilingHitAt);
    // A confirmed address is no longer a hold: room for one more.
    await confirmAddress(database.db, held[0]!.registrationId);
    expect((await submitRegistration(database.db, formValues(), { eventSlug: CARTAGENA, locale: "en" })).kind).toBe("registered");
    expect((await submitRegistration(database.db, formValues(), { eventSlug: CARTAGENA, locale: "en" })).kind).toBe("tooManyHolds");
    // Holds that run out make room too.
    at(1040);
    expect((await submitRegistration(database.db, formValues(), { eventSlug: CARTAGENA, locale: "en" })).kind).toBe("registered");
  });

  it("several expiry passes at once (several instances) expire each hold once", async () => {
    at(2000);
    const session = await addSession(database.db, CARTAGENA, { capacity: 3 });
    const ids = [];
    for (let i = 0; i < 8; i++) ids.push((await register({ sessionIds: [String(session.id)] })).registrationId);
    at(2040);
    const passes = await Promise.all([expireHoldsPass(database.db, 3), expireHoldsPass(database.db, 3), expireHoldsPass(database.db, 3)]);
    expect(passes.reduce((sum, p) => sum + p.expired, 0)).toBe(8);
    const rows = await database.db
      .select({ status: registrations.status })
      .from(registrations)
      .where(and(eq(registrations.eventId, cartagena)));
    expect(rows.filter((r) => r.status === "unconfirmed")).toHaveLength(0);
    expect(await signupCounts(database.db, session.id)).toEqual({ confirmed: 0, waitlisted: 0, cancelled: 8, seatsTaken: 0 });
  });
});
