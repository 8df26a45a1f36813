import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditLog, emailOutbox, events, registrations, users } from "@/db/schema";
import { setClock } from "@/lib/clock";
import {
  activeRegistrationCount,
  approveRegistration,
  declineRegistration,
  resendConfirmation,
  submitRegistration,
} from "@/lib/registration";
import { hashToken } from "@/lib/tokens";
import type { TestDatabase } from "../support/databases";
import { sentText } from "../support/outbox";
import {
  addSession,
  CARTAGENA,
  confirmAddress,
  eventId,
  footprint,
  formValues,
  SANTO_DOMINGO,
  seededBackends,
  signupCounts,
} from "../support/registration";

describe.each(seededBackends())("registration rules on $name", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
  });
  afterEach(async () => {
    setClock(null);
    await database.db
      .update(events)
      .set({ registrationOpensAt: null, registrationClosesAt: null, capacity: null, registrationOpen: true })
      .where(eq(events.slug, CARTAGENA));
  });
  afterAll(async () => {
    await database?.dispose();
  });
  const register = (values: Record<string, unknown>, eventSlug = CARTAGENA, locale = "en") =>
    submitRegistration(database.db, formValues(values), { eventSlug, locale });

  it("refuses two sessions that overlap, naming both, and stores nothing", async () => {
    const a = await addSession(database.db, CARTAGENA, { capacity: 10, title: "Morning panel" });
    const b = await addSession(database.db, CARTAGENA, {
      capacity: 10,
      title: "Working group",
      startsAt: new Date(a.startsAt.getTime() + 30 * 60_000),
    });
    const before = await footprint(database.db);
    const result = await register({ sessionIds: [String(a.id), String(b.id)] });
    expect(result).toEqual({ kind: "invalid", errors: { sessionIds: ["overlap"] }, clash: ["Morning panel", "Working group"] });
    expect(await footprint(database.db)).toEqual(before);
    // Back to back is fine.
    const c = await addSession(database.db, CARTAGENA, { capacity: 10, startsAt: a.endsAt });
    expect((await register({ sessionIds: [String(a.id), String(c.id)] })).kind).toBe("registered");
  });

  it("a second registration of the same address creates nothing and sends that address a fresh link", async () => {
    const email = `dup.${randomUUID().slice(0, 6)}@example.org`;
    const first = await register({ email });
    expect(first.kind).toBe("registered");
    const before = await footprint(database.db);
    const second = await register({ email: email.toUpperCase(), givenName: "Someone else" });
    expect(second).toEqual({ kind: "alreadyRegistered" });
    const after = await footprint(database.db);
    expect(after.registrations).toBe(before.registrations);
    const links = await database.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "registration.manageLink"));
    const mine = links.filter((m) => m.toAddress === email);
    expect(mine).toHaveLength(1);
    // The emailed link is stored beside the first one (hashes only): someone else typing this address
    // never kills the delegate's working link.
    const token = /\/manage\/([\w-]+)/.exec(await sentText(mine[0]!))![1]!;
    const [row] = await database.db.select().from(registrations).where(eq(registrations.email, email));
    expect(row!.givenName).toBe("Ana");
    expect(row!.pendingManageTokenHash).toBe(hashToken(token));
    if (first.kind === "registered") expect(row!.manageTokenHash).toBe(hashToken(first.manageToken));
  });

  it("the same submission twice (double click, retry) registers once, even at the same moment", async () => {
    const values = formValues();
    const session = await addSession(database.db, CARTAGENA, { capacity: 5 });
    values.sessionIds = [String(session.id)];
    const before = await footprint(database.db);
    const results = await Promise.all([1, 2, 3].map(() => submitRegistration(database.db, values, { eventSlug: CARTAGENA, locale: "en" })));
    expect(results.filter((r) => r.kind === "registered")).toHaveLength(1);
    expect(results.filter((r) => r.kind === "resubmitted")).toHaveLength(2);
    const after = await footprint(database.db);
    expect(after.registrations - before.registrations).toBe(1);
    expect(after.emails - before.emails).toBe(1);
    expect((await signupCounts(database.db, session.id)).seatsTaken).toBe(1);
  });

  it("honours the registration window and the organisers' switch, by the app clock", async () => {
    await database.db
      .update(events)
      .set({ registrationOpensAt: new Date("2030-03-01T00:00:00Z"), registrationClosesAt: new Date("2030-04-01T00:00:00Z") })
      .where(eq(events.slug, CARTAGENA));
    setClock(new Date("2030-02-28T23:59:00Z"));
    expect(await register({})).toEqual({ kind: "unavailable", reason: "notYetOpen" });
    setClock(new Date("2030-03-15T12:00:00Z"));
    expect((await register({})).kind).toBe("registered");
    setClock(new Date("2030-04-01T00:00:00Z"));
    expect(await register({})).toEqual({ kind: "unavailable", reason: "closed" });
    setClock(null);
    await database.db
      .update(events)
      .set({ registrationOpensAt: null, registrationClosesAt: null, registrationOpen: false })
      .where(eq(events.slug, CARTAGENA));
    expect(await register({})).toEqual({ kind: "unavailable", reason: "closedByOrganisers" });
  });

  it("honours the dialogue's overall capacity under concurrency", async () => {
    const id = await eventId(database.db, CARTAGENA);
    const active = await activeRegistrationCount(database.db, id);
    await database.db
      .update(events)
      .set({ capacity: active + 5 })
      .where(eq(events.id, id));
    const results = await Promise.all(Array.from({ length: 12 }, () => register({})));
    expect(results.filter((r) => r.kind === "registered")).toHaveLength(5);
    // Past the capacity, registrations join the dialogue's waiting list.
    expect(results.filter((r) => r.kind === "waitlisted")).toHaveLength(7);
  });

  it("approval flow: pending with a 'received' email, then confirmed or declined by an organiser, audited", async () => {
    const [organiser] = await database.db
      .insert(users)
      .values({ email: `org.${randomUUID().slice(0, 6)}@example.org`, name: "Org", role: "organiser", passwordHash: "x" })
      .returning();
    const session = await addSession(database.db, SANTO_DOMINGO, { capacity: 1 });
    const first = await register({ sessionIds: [String(session.id)] }, SANTO_DOMINGO, "es");
    const second = await register({ sessionIds: [String(session.id)] }, SANTO_DOMINGO, "es");
    if (first.kind !== "registered" || second.kind !== "registered") throw new Error("not registered");
    expect(first.status).toBe("unconfirmed");
    const [confirmFirst] = await database.db.select().from(emailOutbox).where(eq(emailOutbox.registrationId, first.registrationId));
    expect(confirmFirst).toMatchObject({
      kind: "registration.confirmAddress",
      subject: expect.stringContaining("Confirme su inscripción"),
    });
    expect(await sentText(confirmFirst!)).toContain(`/es/manage/${first.manageToken}`);
    // An unconfirmed address cannot be approved yet; confirmed, it awaits the organisers.
    expect(await approveRegistration(database.db, { registrationId: first.registrationId, actorUserId: organiser!.id })).toEqual({
      ok: false,
      reason: "notPending",
    });
    expect(await confirmAddress(database.db, first.registrationId)).toMatchObject({ kind: "pending" });
    expect(await confirmAddress(database.db, second.registrationId)).toMatchObject({ kind: "pending" });
    const [received] = await database.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.registrationId, first.registrationId), eq(emailOutbox.kind, "registration.received")));
    expect(received).toMatchObject({ subject: expect.stringContaining("Inscripción recibida") });

    expect(await approveRegistration(database.db, { registrationId: first.registrationId, actorUserId: organiser!.id })).toEqual({
      ok: true,
    });
    expect(await approveRegistration(database.db, { registrationId: first.registrationId, actorUserId: organiser!.id })).toEqual({
      ok: false,
      reason: "notPending",
    });
    const confirmed = await database.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "registration.confirmed"));
    const mine = confirmed.find((m) => m.registrationId === first.registrationId)!;
    expect(mine.attachments[0]?.filename).toMatch(/\.ics$/);

    // Declining the first frees its seat for the second, in the same transaction.
    await database.db.update(registrations).set({ status: "pending" }).where(eq(registrations.id, first.registrationId));
    expect(
      await declineRegistration(database.db, { registrationId: first.registrationId, reason: "Cupo completo", actorUserId: organiser!.id }),
    ).toEqual({ ok: true });
    expect(await signupCounts(database.db, session.id)).toMatchObject({ confirmed: 1, waitlisted: 0, cancelled: 1, seatsTaken: 1 });
    const declined = await database.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "registration.declined"));
    expect(declined.find((m) => m.registrationId === first.registrationId)?.textBody).toContain("Cupo completo");

    expect(await resendConfirmation(database.db, { registrationId: second.registrationId, actorUserId: organiser!.id })).toEqual({
      ok: true,
    });
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.actorId, organiser!.id));
    expect(audit.map((a) => a.action).sort()).toEqual(["registration.approve", "registration.decline", "registration.resend"]);
  });
});
