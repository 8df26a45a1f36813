import { and, desc, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, events, registrations, sessionSignups, sessions } from "@/db/schema";
import {
  cancelSignup,
  changeSignups,
  eraseRegistration,
  exportRegistrationData,
  fillFreedSeats,
  findRegistrationByToken,
  loadRegistrationView,
  registrationCalendar,
  requestManageLink,
  submitRegistration,
} from "@/lib/registration";
import { hashToken } from "@/lib/tokens";
import type { TestDatabase } from "../support/databases";
import { sentText } from "../support/outbox";
import { addSession, CARTAGENA, footprint, formValues, registerConfirmed, seededBackends, signupCounts } from "../support/registration";

describe.each(seededBackends())("the delegate's link on $name", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
  });
  afterEach(async () => {
    await database.db.update(events).set({ registrationOpen: true }).where(eq(events.slug, CARTAGENA));
  });
  afterAll(async () => {
    await database?.dispose();
  });

  async function registered(values: Record<string, unknown> = {}) {
    // A delegate who confirmed their address: self-service is about what comes after.
    const result = await registerConfirmed(database.db, values, { eventSlug: CARTAGENA, locale: "en" });
    if (result.kind !== "registered") throw new Error(`not registered: ${JSON.stringify(result)}`);
    return result;
  }

  it("opens the registration by its token only (the hash is stored, not the token)", async () => {
    const { manageToken, registrationId } = await registered();
    const [row] = await database.db.select().from(registrations).where(eq(registrations.id, registrationId));
    expect(row!.manageTokenHash).toBe(hashToken(manageToken));
    expect(JSON.stringify(row)).not.toContain(manageToken);
    expect((await findRegistrationByToken(database.db, manageToken))?.id).toBe(registrationId);
    expect(await findRegistrationByToken(database.db, manageToken.slice(1))).toBeNull();
    expect(await loadRegistrationView(database.db, "x".repeat(43))).toBeNull();
  });

  it("amends sessions by the same rules: overlap refused, a full session waitlists, a dropped seat goes to the next in line", async () => {
    const small = await addSession(database.db, CARTAGENA, { capacity: 1, title: "Small room" });
    const clash = await addSession(database.db, CARTAGENA, { capacity: 10, title: "Same time", startsAt: small.startsAt });
    const other = await addSession(database.db, CARTAGENA, { capacity: 10, title: "Later" });
    const first = await registered({ sessionIds: [String(small.id)] });
    const second = await registered({ sessionIds: [] });

    const before = await footprint(database.db);
    expect(await changeSignups(database.db, { registrationId: second.registrationId, sessionIds: [small.id, clash.id] })).toEqual({
      kind: "invalid",
      errors: { sessionIds: ["overlap"] },
      clash: ["Small room", "Same time"],
    });
    expect(await footprint(database.db)).toEqual(before);

    const waiting = await changeSignups(database.db, { registrationId: second.registrationId, sessionIds: [small.id, other.id] });
    expect(waiting).toEqual({ kind: "changed", changed: true, seats: { [small.id]: "waitlisted", [other.id]: "confirmed" } });
    const view = await loadRegistrationView(database.db, second.manageToken);
    expect(view?.positions.get(small.id)).toBe(1);

    // The first delegate moves to another session: the second is promoted and told, in that transaction.
    await changeSignups(database.db, { registrationId: first.registrationId, sessionIds: [other.id] });
    expect(await signupCounts(database.db, small.id)).toMatchObject({ confirmed: 1, waitlisted: 0, seatsTaken: 1 });
    const [promoted] = await database.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.registrationId, second.registrationId), eq(emailOutbox.kind, "registration.promoted")));
    expect(promoted?.textBody).toContain("Small room");

    // The calendar holds confirmed sessions only.
    const calendar = await registrationCalendar(database.db, second.registrationId, "en");
    expect(calendar!.ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);

    // Dropping one session through cancelSignup frees it as well.
    expect(await cancelSignup(database.db, { registrationId: second.registrationId, sessionId: small.id })).toEqual({ ok: true });
    expect(await signupCounts(database.db, small.id)).toMatchObject({ confirmed: 0, seatsTaken: 0 });
  });

  it("refuses changes once the organisers close registration", async () => {
    const session = await addSession(database.db, CARTAGENA, { capacity: 10 });
    const { registrationId } = await registered();
    await database.db.update(events).set({ registrationOpen: false }).where(eq(events.slug, CARTAGENA));
    expect(await changeSignups(database.db, { registrationId, sessionIds: [session.id] })).toEqual({ kind: "unavailable" });
  });

  it("fills seats after a capacity rise, first come first served", async () => {
    const session = await addSession(database.db, CARTAGENA, { capacity: 1 });
    const a = await registered({ sessionIds: [String(session.id)] });
    const b = await registered({ sessionIds: [String(session.id)] });
    const c = await registered({ sessionIds: [String(session.id)] });
    void a;
    await database.db.update(sessions).set({ capacity: 2 }).where(eq(sessions.id, session.id));
    const promoted = await database.db.transaction((tx) => fillFreedSeats(tx, session.id));
    expect(promoted).toHaveLength(1);
    const rows = await database.db.select().from(sessionSignups).where(eq(sessionSignups.sessionId, session.id));
    expect(rows.find((r) => r.registrationId === b.registrationId)?.status).toBe("confirmed");
    expect(rows.find((r) => r.registrationId === c.registrationId)?.status).toBe("waitlisted");
  });

  it("exports everything stored about the delegate, without secrets", async () => {
    const session = await addSession(database.db, CARTAGENA, { capacity: 10, title: "Exported" });
    const { registrationId, manageToken } = await registered({
      sessionIds: [String(session.id)],
      accessibilityNeeds: "Step-free access",
      specialDataConsent: "on",
    });
    const data = await exportRegistrationData(database.db, registrationId);
    expect(data?.registration).toMatchObject({
      givenName: "Ana",
      accessibilityNeeds: "Step-free access",
      privacyNoticeVersion: expect.any(String),
    });
    expect(data?.sessions).toEqual([
      expect.objectContaining({ session: expect.objectContaining({ en: "Exported" }), status: "confirmed" }),
    ]);
    expect(data?.emails).toEqual([
      expect.objectContaining({ kind: "registration.confirmAddress" }),
      expect.objectContaining({ kind: "registration.confirmed" }),
    ]);
    // Everything else kept about them is in the copy too (none of it given here).
    expect(data).toMatchObject({
      answers: [],
      visaRequest: null,
      registration: { delegation: null, badgeRole: null, badgePhotoStored: false },
    });
    const text = JSON.stringify(data);
    expect(text).not.toContain(manageToken);
    expect(text).not.toContain(hashToken(manageToken));
  });

  it("erases personal data, keeps the counts, frees the seats, and the link stops working", async () => {
    const session = await addSession(database.db, CARTAGENA, { capacity: 1 });
    const leaving = await registered({ sessionIds: [String(session.id)], dietaryRequirements: "Kosher", specialDataConsent: "on" });
    const next = await registered({ sessionIds: [String(session.id)] });
    const [before] = await database.db.select().from(registrations).where(eq(registrations.id, leaving.registrationId));

    expect(await eraseRegistration(database.db, { registrationId: leaving.registrationId })).toEqual({ ok: true });
    expect(await eraseRegistration(database.db, { registrationId: leaving.registrationId })).toEqual({ ok: false });
    const [after] = await database.db.select().from(registrations).where(eq(registrations.id, leaving.registrationId));
    expect(after).toMatchObject({
      status: "cancelled",
      givenName: "—",
      familyName: "—",
      phone: null,
      dietaryRequirements: null,
      specialDataConsentAt: null,
      stakeholderGroup: before!.stakeholderGroup,
      countryCode: before!.countryCode,
    });
    expect(after!.email).not.toContain(before!.email.split("@")[0]);
    expect(after!.erasedAt).not.toBeNull();
    expect(await findRegistrationByToken(database.db, leaving.manageToken)).toBeNull();
    const mail = await database.db.select().from(emailOutbox).where(eq(emailOutbox.registrationId, leaving.registrationId));
    expect(mail.every((m) => !m.textBody.includes("Ana") && m.toAddress !== before!.email)).toBe(true);
    expect(await signupCounts(database.db, session.id)).toMatchObject({ confirmed: 1, cancelled: 1, seatsTaken: 1 });
    const [nextSignup] = await database.db.select().from(sessionSignups).where(eq(sessionSignups.registrationId, next.registrationId));
    expect(nextSignup?.status).toBe("confirmed");
    // The address may register again.
    expect((await submitRegistration(database.db, formValues({ email: before!.email }), { eventSlug: CARTAGENA, locale: "en" })).kind).toBe(
      "registered",
    );
  });

  it("a lost link: a fresh one for a registered address, the same answer for any other; the old link works until the new one is used", async () => {
    const { registrationId, manageToken } = await registered({ email: "Lost.Link@Example.org" });
    const before = await footprint(database.db);
    expect(await requestManageLink(database.db, { email: "nobody@example.org" })).toEqual({ ok: true });
    expect(await footprint(database.db)).toEqual(before);
    const freshLink = async () => {
      const [message] = await database.db
        .select()
        .from(emailOutbox)
        .where(and(eq(emailOutbox.registrationId, registrationId), eq(emailOutbox.kind, "registration.manageLink")))
        .orderBy(desc(emailOutbox.id))
        .limit(1);
      return /\/manage\/([\w-]+)/.exec(await sentText(message!))![1]!;
    };
    // Someone else asks for this address's link (twice): the delegate's link keeps working.
    expect(await requestManageLink(database.db, { email: "lost.link@example.org" })).toEqual({ ok: true });
    const unused = await freshLink();
    expect(await requestManageLink(database.db, { email: "lost.link@example.org" })).toEqual({ ok: true });
    const fresh = await freshLink();
    expect(fresh).not.toBe(unused);
    expect((await findRegistrationByToken(database.db, manageToken))?.id).toBe(registrationId);
    // Only hashes are stored: the working one and the newest sent.
    const [row] = await database.db.select().from(registrations).where(eq(registrations.id, registrationId));
    expect(row).toMatchObject({ manageTokenHash: hashToken(manageToken), pendingManageTokenHash: hashToken(fresh) });
    expect(JSON.stringify(row)).not.toContain(fresh);
    // A newer request replaced the unused link; the newest one works, and its first use makes it the only one.
    expect(await findRegistrationByToken(database.db, unused)).toBeNull();
    expect((await findRegistrationByToken(database.db, fresh))?.id).toBe(registrationId);
    expect(await findRegistrationByToken(database.db, manageToken)).toBeNull();
    expect((await findRegistrationByToken(database.db, fresh))?.id).toBe(registrationId);
    const [after] = await database.db.select().from(registrations).where(eq(registrations.id, registrationId));
    expect(after).toMatchObject({ manageTokenHash: hashToken(fresh), pendingManageTokenHash: null });
  });

  it("a duplicate registration of the address sends a new link without killing the working one", async () => {
    const email = "twice@example.org";
    const { registrationId, manageToken } = await registered({ email });
    expect(
      (await submitRegistration(database.db, formValues({ email: "TWICE@example.org" }), { eventSlug: CARTAGENA, locale: "en" })).kind,
    ).toBe("alreadyRegistered");
    expect((await findRegistrationByToken(database.db, manageToken))?.id).toBe(registrationId);
  });
});
