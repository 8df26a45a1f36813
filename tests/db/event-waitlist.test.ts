import { and, asc, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emailOutbox, events, registrations } from "@/db/schema";
import { setClock } from "@/lib/clock";
import { updateEventSettings } from "@/lib/dashboard/event-settings";
import { eventSettingsSchema } from "@/lib/dashboard/event-settings-schema";
import { parseRegistrationFilters } from "@/lib/dashboard/registration-filters";
import { listRegistrations } from "@/lib/dashboard/registrations";
import { activeRegistrationCount, cancelRegistration, declineRegistration, submitRegistration } from "@/lib/registration";
import { expireHoldsPass } from "@/lib/registration/holds";
import { loadRegistrationView } from "@/lib/registration/manage";
import type { TestDatabase } from "../support/databases";
import { sentText } from "../support/outbox";
import { addSession, CARTAGENA, confirmAddress, eventId, formValues, seededBackends, signupCounts } from "../support/registration";
import { createActor } from "./dashboard-support";

// Real concurrency on PostgreSQL needs connections: each attempt runs its own transaction.
process.env.DB_POOL_SIZE = "40";

const ATTEMPTS = 220;
const CAPACITY = 20;
const MINUTE = 60_000;
let start = new Date("2031-01-01T09:00:00Z").getTime();

describe.each(seededBackends())("the dialogue's waiting list on $name", (backend) => {
  let database: TestDatabase;
  let cartagena: number;
  let base: number;
  beforeAll(async () => {
    database = await backend.create();
    cartagena = await eventId(database.db, CARTAGENA);
    await database.db.update(events).set({ maxUnconfirmedHolds: 100_000 });
  });
  beforeEach(async () => {
    start += 24 * 60 * MINUTE;
    at(0);
    // Earlier tests' holds ran out by now; their waiting lists are cleared for the next test.
    await database.db.update(events).set({ capacity: null }).where(eq(events.id, cartagena));
    await expireHoldsPass(database.db);
    await database.db
      .update(registrations)
      .set({ status: "cancelled", cancelledAt: new Date(start) })
      .where(and(eq(registrations.eventId, cartagena), eq(registrations.status, "waitlisted")));
    base = await activeRegistrationCount(database.db, cartagena);
  });
  afterEach(() => setClock(null));
  afterAll(async () => {
    await database?.dispose();
  });

  const at = (minutes: number) => setClock(new Date(start + minutes * MINUTE));
  const capacity = (places: number) =>
    database.db
      .update(events)
      .set({ capacity: base + places })
      .where(eq(events.id, cartagena));
  const register = (values: Record<string, unknown> = {}) =>
    submitRegistration(database.db, formValues(values), { eventSlug: CARTAGENA, locale: "en" });
  async function row(id: number) {
    const [found] = await database.db.select().from(registrations).where(eq(registrations.id, id));
    return found!;
  }
  async function kindsOf(id: number) {
    const mails = await database.db.select().from(emailOutbox).where(eq(emailOutbox.registrationId, id)).orderBy(asc(emailOutbox.id));
    return mails.map((m) => m.kind);
  }
  /** Fills the dialogue, then puts `waiting` more on its list; returns both, in arrival order. */
  async function fullWith(waiting: number, values: Record<string, unknown> = {}) {
    await capacity(2);
    const placed = [await register(values), await register(values)];
    const queued = [];
    for (let i = 0; i < waiting; i++) queued.push(await register(values));
    return { placed, queued };
  }

  it(`${ATTEMPTS} simultaneous registrations for ${CAPACITY} places: exactly ${CAPACITY} active, the rest waitlisted 1..n`, async () => {
    const session = await addSession(database.db, CARTAGENA, { capacity: 5 });
    await capacity(CAPACITY);
    const results = await Promise.all(
      Array.from({ length: ATTEMPTS }, (_, i) => register({ email: `waitlist-rush-${i}@example.org`, sessionIds: [String(session.id)] })),
    );
    expect(results.filter((r) => r.kind === "registered")).toHaveLength(CAPACITY);
    const waiting = results.flatMap((r) => (r.kind === "waitlisted" ? [r] : []));
    expect(waiting).toHaveLength(ATTEMPTS - CAPACITY);
    // Distinct and contiguous, in arrival (id) order.
    const byId = [...waiting].sort((a, b) => a.registrationId - b.registrationId);
    expect(byId.map((r) => r.position)).toEqual(Array.from({ length: ATTEMPTS - CAPACITY }, (_, i) => i + 1));
    expect(await activeRegistrationCount(database.db, cartagena)).toBe(base + CAPACITY);
    // Waitlisted registrations claim no seat: their session sign-ups wait too.
    expect(await signupCounts(database.db, session.id)).toMatchObject({ confirmed: 5, seatsTaken: 5, waitlisted: ATTEMPTS - 5 });
    expect(await kindsOf(byId[0]!.registrationId)).toEqual(["registration.joinedWaitlist"]);
  });

  it("a cancellation promotes the next in line in the same transaction: a held place, its seats, an email with a link", async () => {
    const session = await addSession(database.db, CARTAGENA, { capacity: 1 });
    const { placed, queued } = await fullWith(2, { sessionIds: [String(session.id)] });
    const [first, second] = queued;
    if (first?.kind !== "waitlisted" || second?.kind !== "waitlisted" || placed[0]?.kind !== "registered") throw new Error("setup");
    expect([first.position, second.position]).toEqual([1, 2]);
    await confirmAddress(database.db, placed[0].registrationId);
    await cancelRegistration(database.db, { registrationId: placed[0].registrationId });
    const promoted = await row(first.registrationId);
    expect(promoted.status).toBe("unconfirmed");
    // A fresh hold from the promotion (the app clock runs on between steps).
    expect(Math.abs(promoted.holdExpiresAt!.getTime() - (start + 30 * MINUTE))).toBeLessThan(MINUTE);
    expect(await kindsOf(first.registrationId)).toEqual(["registration.joinedWaitlist", "registration.placeOffered"]);
    const [offer] = await database.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.registrationId, first.registrationId), eq(emailOutbox.kind, "registration.placeOffered")));
    // The new personal link in the offer opens the registration, so the delegate can confirm.
    const link = /\/manage\/([\w-]+)/.exec(await sentText(offer!));
    expect((await loadRegistrationView(database.db, link![1]!))?.registration.id).toBe(first.registrationId);
    // The freed seat went to the promoted delegate (the second registrant's seat request still waits).
    expect(await signupCounts(database.db, session.id)).toMatchObject({ confirmed: 1, seatsTaken: 1 });
    expect((await row(second.registrationId)).status).toBe("waitlisted");
    // The one behind moved up.
    const { waitlistPosition } = await import("@/lib/registration/event-waitlist");
    expect(await waitlistPosition(database.db, await row(second.registrationId))).toBe(1);
  });

  it("cancelling from the list frees nobody's place and moves those behind up", async () => {
    const { queued } = await fullWith(3);
    // The organisers' table filters the dialogue's waiting list.
    const listed = await listRegistrations(database.db, cartagena, parseRegistrationFilters({ status: "waitlisted", sort: "created" }));
    expect(listed.rows.map((r) => r.id).sort()).toEqual(queued.map((r) => (r.kind === "waitlisted" ? r.registrationId : 0)).sort());
    const [a, b, c] = queued.map((r) => (r.kind === "waitlisted" ? r : null));
    await cancelRegistration(database.db, { registrationId: a!.registrationId });
    expect((await row(b!.registrationId)).status).toBe("waitlisted");
    const view = await loadRegistrationView(database.db, c!.manageToken);
    expect(view?.waitlistPlace).toBe(2);
  });

  it("an expired hold promotes the next in line", async () => {
    const { queued } = await fullWith(1);
    const waiting = queued[0]!;
    if (waiting.kind !== "waitlisted") throw new Error("setup");
    at(31);
    await expireHoldsPass(database.db);
    expect((await row(waiting.registrationId)).status).toBe("unconfirmed");
    expect(await kindsOf(waiting.registrationId)).toContain("registration.placeOffered");
    // Promoted, the delegate confirms within the new hold.
    at(50);
    expect((await confirmAddress(database.db, waiting.registrationId)).kind).toBe("confirmed");
  });

  it("a decline and a raised capacity promote, first come first served", async () => {
    await database.db.update(events).set({ requiresApproval: true }).where(eq(events.id, cartagena));
    try {
      const { placed, queued } = await fullWith(3);
      const pending = placed[0]!;
      if (pending.kind !== "registered") throw new Error("setup");
      await confirmAddress(database.db, pending.registrationId);
      const actor = await createActor(database.db);
      await declineRegistration(database.db, { registrationId: pending.registrationId, actorUserId: actor.id });
      const ids = queued.map((r) => (r.kind === "waitlisted" ? r.registrationId : 0));
      expect((await Promise.all(ids.map(row))).map((r) => r.status)).toEqual(["unconfirmed", "waitlisted", "waitlisted"]);
      const form = eventSettingsSchema.parse({
        registrationOpen: "on",
        capacity: String(base + 3),
        requiresApproval: "on",
        status: "published",
      });
      await updateEventSettings(database.db, actor, cartagena, form);
      expect((await Promise.all(ids.map(row))).map((r) => r.status)).toEqual(["unconfirmed", "unconfirmed", "waitlisted"]);
    } finally {
      await database.db.update(events).set({ requiresApproval: false }).where(eq(events.id, cartagena));
    }
  });

  it("a place freed while people wait goes to them, never to a newcomer", async () => {
    const { queued } = await fullWith(1);
    await capacity(3);
    const newcomer = await register();
    expect(newcomer.kind).toBe("waitlisted");
    expect((await row(queued[0]!.kind === "waitlisted" ? queued[0]!.registrationId : 0)).status).toBe("unconfirmed");
  });
});
