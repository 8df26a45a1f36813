import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog, emailOutbox, events, registrations, remoteJoins, sessions } from "@/db/schema";
import { setClock } from "@/lib/clock";
import { updateEventSettings } from "@/lib/dashboard/event-settings";
import { eventSettingsSchema } from "@/lib/dashboard/event-settings-schema";
import { sessionFormSchema } from "@/lib/dashboard/session-schema";
import { changeAttendance } from "@/lib/hybrid/attendance-change";
import { remoteJoinStats } from "@/lib/hybrid/join-stats";
import { recordRemoteJoin } from "@/lib/hybrid/remote-access";
import { activeRegistrationCount, cancelRegistration, submitRegistration } from "@/lib/registration";
import { waitlistPosition } from "@/lib/registration/event-waitlist";
import { expireHoldsPass } from "@/lib/registration/holds";
import { eraseRegistration } from "@/lib/registration/manage";
import { registrationCalendar } from "@/lib/registration/registration-calendar";
import type { TestDatabase } from "../support/databases";
import { sentText } from "../support/outbox";
import { addSession, CARTAGENA, confirmAddress, eventId, formValues, SANTO_DOMINGO, seededBackends } from "../support/registration";
import { createActor } from "./dashboard-support";

// Real concurrency on PostgreSQL needs connections: each attempt runs its own transaction.
process.env.DB_POOL_SIZE = "40";

const LINK = "https://meet.example.org/private-room-7f3a";
const SESSION_LINK = "https://meet.example.org/session-room-91c2";
const MINUTE = 60_000;
let start = new Date("2032-01-01T09:00:00Z").getTime();

describe.each(seededBackends())("hybrid participation on $name", (backend) => {
  let database: TestDatabase;
  let cartagena: number;
  let base: { in_person: number; remote: number };
  beforeAll(async () => {
    database = await backend.create();
    cartagena = await eventId(database.db, CARTAGENA);
    await database.db.update(events).set({ maxUnconfirmedHolds: 100_000 });
  });
  beforeEach(async () => {
    start += 24 * 60 * MINUTE;
    setClock(new Date(start));
    // Earlier tests' holds ran out by now; their waiting lists are cleared for the next test.
    await database.db
      .update(events)
      .set({
        participationMode: "hybrid",
        capacity: null,
        remoteCapacity: null,
        remoteLink: LINK,
        registrationOpen: true,
        requiresApproval: false,
      })
      .where(eq(events.id, cartagena));
    await expireHoldsPass(database.db);
    await database.db
      .update(registrations)
      .set({ status: "cancelled", cancelledAt: new Date(start) })
      .where(and(eq(registrations.eventId, cartagena), eq(registrations.status, "waitlisted")));
    base = {
      in_person: await activeRegistrationCount(database.db, cartagena, new Date(start), "in_person"),
      remote: await activeRegistrationCount(database.db, cartagena, new Date(start), "remote"),
    };
  });
  afterEach(() => setClock(null));
  afterAll(async () => {
    await database?.dispose();
  });

  const places = (values: { capacity?: number; remoteCapacity?: number }) =>
    database.db
      .update(events)
      .set({
        capacity: values.capacity == null ? null : base.in_person + values.capacity,
        remoteCapacity: values.remoteCapacity == null ? null : base.remote + values.remoteCapacity,
      })
      .where(eq(events.id, cartagena));
  const register = (values: Record<string, unknown> = {}, slug = CARTAGENA) =>
    submitRegistration(database.db, formValues(values), { eventSlug: slug, locale: "en" });
  async function row(id: number) {
    const [found] = await database.db.select().from(registrations).where(eq(registrations.id, id));
    return found!;
  }
  async function confirmed(values: Record<string, unknown>) {
    const result = await register(values);
    if (result.kind !== "registered") throw new Error(`not registered: ${result.kind}`);
    await confirmAddress(database.db, result.registrationId);
    return result;
  }

  it("a hybrid dialogue asks how the delegate attends; online and in-person dialogues decide for everyone", async () => {
    expect(await register({})).toMatchObject({ kind: "invalid", errors: { attendance: ["choose"] } });
    expect(await register({ attendance: "by-pigeon" })).toMatchObject({ kind: "invalid", errors: { attendance: ["choose"] } });
    const remote = await register({ attendance: "remote" });
    if (remote.kind !== "registered") throw new Error("setup");
    expect((await row(remote.registrationId)).attendance).toBe("remote");
    await database.db.update(events).set({ participationMode: "online" }).where(eq(events.id, cartagena));
    const online = await register({});
    if (online.kind !== "registered") throw new Error("setup");
    expect((await row(online.registrationId)).attendance).toBe("remote");
    await database.db.update(events).set({ participationMode: "in_person" }).where(eq(events.id, cartagena));
    const inPerson = await register({ attendance: "remote" });
    if (inPerson.kind !== "registered") throw new Error("setup");
    expect((await row(inPerson.registrationId)).attendance).toBe("in_person");
  });

  it("40 simultaneous remote registrations for 5 remote places: exactly 5 hold one, the rest wait 1..35; the room is untouched", async () => {
    await places({ capacity: 3, remoteCapacity: 5 });
    const [remote, inPerson] = await Promise.all([
      Promise.all(Array.from({ length: 40 }, (_, i) => register({ email: `remote-rush-${i}@example.org`, attendance: "remote" }))),
      Promise.all(Array.from({ length: 3 }, (_, i) => register({ email: `room-rush-${i}@example.org`, attendance: "in_person" }))),
    ]);
    expect(remote.filter((r) => r.kind === "registered")).toHaveLength(5);
    const waiting = remote.flatMap((r) => (r.kind === "waitlisted" ? [r] : [])).sort((a, b) => a.registrationId - b.registrationId);
    expect(waiting.map((r) => r.position)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    // Remote delegates never take the room's places: all three in-person registrations got one.
    expect(inPerson.map((r) => r.kind)).toEqual(["registered", "registered", "registered"]);
    expect(await activeRegistrationCount(database.db, cartagena, new Date(start), "remote")).toBe(base.remote + 5);
    expect(await activeRegistrationCount(database.db, cartagena, new Date(start), "in_person")).toBe(base.in_person + 3);
    // The room is full now: the next in-person delegate waits in the in-person line, first.
    const next = await register({ attendance: "in_person" });
    expect(next).toMatchObject({ kind: "waitlisted", position: 1 });
  });

  it("a remote place that frees goes to the remote line, never to the in-person one", async () => {
    await places({ capacity: 1, remoteCapacity: 1 });
    const remotePlaced = await confirmed({ attendance: "remote" });
    await confirmed({ attendance: "in_person" });
    const roomWaiter = await register({ attendance: "in_person" });
    const remoteWaiter = await register({ attendance: "remote" });
    if (roomWaiter.kind !== "waitlisted" || remoteWaiter.kind !== "waitlisted") throw new Error("setup");
    expect([roomWaiter.position, remoteWaiter.position]).toEqual([1, 1]);
    await cancelRegistration(database.db, { registrationId: remotePlaced.registrationId });
    expect((await row(remoteWaiter.registrationId)).status).toBe("unconfirmed");
    expect((await row(roomWaiter.registrationId)).status).toBe("waitlisted");
    expect(await waitlistPosition(database.db, await row(roomWaiter.registrationId))).toBe(1);
  });

  it("switching between in person and remote follows the same rules: a full side refuses, a freed place goes to its line", async () => {
    await places({ capacity: 1, remoteCapacity: 1 });
    const inPerson = await confirmed({ attendance: "in_person" });
    const remote = await confirmed({ attendance: "remote" });
    expect(await changeAttendance(database.db, { registrationId: inPerson.registrationId, attendance: "remote" })).toMatchObject({
      kind: "full",
    });
    await places({ capacity: 1, remoteCapacity: 2 });
    const roomWaiter = await register({ attendance: "in_person" });
    if (roomWaiter.kind !== "waitlisted") throw new Error("setup");
    expect(await changeAttendance(database.db, { registrationId: inPerson.registrationId, attendance: "remote" })).toMatchObject({
      kind: "changed",
    });
    expect((await row(inPerson.registrationId)).attendance).toBe("remote");
    // The room place left behind went to the in-person line at once.
    expect((await row(roomWaiter.registrationId)).status).toBe("unconfirmed");
    // Back to the room: full again (the waiter took it).
    expect(await changeAttendance(database.db, { registrationId: remote.registrationId, attendance: "in_person" })).toMatchObject({
      kind: "full",
    });
    await database.db.update(events).set({ participationMode: "online" }).where(eq(events.id, cartagena));
    expect(await changeAttendance(database.db, { registrationId: remote.registrationId, attendance: "in_person" })).toMatchObject({
      kind: "notAllowed",
    });
  });

  it("the private link is only in a confirmed remote delegate's calendar and emails", async () => {
    const session = await addSession(database.db, CARTAGENA, { capacity: null });
    const online = await addSession(database.db, CARTAGENA, { capacity: null });
    const room = await addSession(database.db, CARTAGENA, { capacity: null });
    await database.db.update(sessions).set({ participationMode: "online", remoteLink: SESSION_LINK }).where(eq(sessions.id, online.id));
    await database.db.update(sessions).set({ participationMode: "in_person" }).where(eq(sessions.id, room.id));
    const sessionIds = [String(session.id), String(online.id), String(room.id)];
    const remote = await confirmed({ attendance: "remote", sessionIds });
    const inPerson = await confirmed({ attendance: "in_person", sessionIds });
    const remoteIcs = (await registrationCalendar(database.db, remote.registrationId, "en"))!.ics.replace(/\r\n[ \t]/g, "");
    expect(remoteIcs).toContain(LINK);
    expect(remoteIcs).toContain(SESSION_LINK);
    // A session held only in the room has no video link, even for a remote delegate.
    expect(remoteIcs.split("BEGIN:VEVENT").filter((e) => e.includes(LINK) || e.includes(SESSION_LINK))).toHaveLength(2);
    const roomIcs = (await registrationCalendar(database.db, inPerson.registrationId, "en"))!.ics.replace(/\r\n[ \t]/g, "");
    expect(roomIcs).not.toContain("meet.example.org");

    const mails = async (id: number) =>
      Promise.all(
        (await database.db.select().from(emailOutbox).where(eq(emailOutbox.registrationId, id)).orderBy(asc(emailOutbox.id))).map(
          async (m) => ({
            kind: m.kind,
            stored: `${m.textBody}${m.htmlBody}`,
            text: await sentText(m),
          }),
        ),
      );
    const remoteMails = await mails(remote.registrationId);
    // Asked to confirm the address: no link yet; confirmed: the link, sealed in the outbox like the manage link.
    expect(remoteMails.find((m) => m.kind === "registration.confirmAddress")?.text).not.toContain(LINK);
    const confirmation = remoteMails.find((m) => m.kind === "registration.confirmed");
    expect(confirmation?.text).toContain(LINK);
    expect(confirmation?.stored).not.toContain(LINK);
    for (const mail of await mails(inPerson.registrationId)) expect(mail.text).not.toContain("meet.example.org");

    // Pending approval: not yet.
    await database.db.update(events).set({ requiresApproval: true }).where(eq(events.id, cartagena));
    const pending = await confirmed({ attendance: "remote" });
    expect((await row(pending.registrationId)).status).toBe("pending");
    expect(await registrationCalendar(database.db, pending.registrationId, "en")).toBeNull();
    for (const mail of await mails(pending.registrationId)) expect(mail.text).not.toContain(LINK);
    await database.db.update(events).set({ requiresApproval: false }).where(eq(events.id, cartagena));
  });

  it("following the tracked link records a join, counted apart; nobody else's follow records anything; erasure deletes them", async () => {
    const session = await addSession(database.db, CARTAGENA, { capacity: null });
    const elsewhere = await addSession(database.db, SANTO_DOMINGO, { capacity: null });
    const remote = await confirmed({ attendance: "remote" });
    const inPerson = await confirmed({ attendance: "in_person" });
    const [event] = await database.db.select().from(events).where(eq(events.id, cartagena));
    const before = await remoteJoinStats(database.db, cartagena);
    expect(await recordRemoteJoin(database.db, await row(remote.registrationId), event!, null)).toBe(LINK);
    expect(await recordRemoteJoin(database.db, await row(remote.registrationId), event!, session.id)).toBe(LINK);
    expect(await recordRemoteJoin(database.db, await row(remote.registrationId), event!, elsewhere.id)).toBeNull();
    expect(await recordRemoteJoin(database.db, await row(inPerson.registrationId), event!, null)).toBeNull();
    const after = await remoteJoinStats(database.db, cartagena);
    expect(after.delegates - before.delegates).toBe(1);
    expect(after.joins - before.joins).toBe(2);
    expect(after.perSession.find((s) => s.id === session.id)?.delegates).toBe(1);
    await eraseRegistration(database.db, { registrationId: remote.registrationId });
    const left = await database.db
      .select()
      .from(remoteJoins)
      .where(inArray(remoteJoins.registrationId, [remote.registrationId]));
    expect(left).toHaveLength(0);
  });

  it("organisers set the mode, remote places and link: https only, and the audit log never keeps the link", async () => {
    for (const remoteLink of ["http://meet.example.org/x", "javascript:alert(1)", "meet.example.org/x"]) {
      expect(eventSettingsSchema.safeParse({ status: "published", remoteLink }).error?.issues[0]).toMatchObject({
        path: ["remoteLink"],
        message: "url",
      });
    }
    expect(eventSettingsSchema.safeParse({ status: "published", participationMode: "sometimes" }).success).toBe(false);
    expect(sessionFormSchema.shape.remoteLink.safeParse("http://meet.example.org/x").success).toBe(false);
    expect(sessionFormSchema.shape.participationMode.parse("")).toBeNull();
    const actor = await createActor(database.db);
    const form = eventSettingsSchema.parse({
      status: "published",
      registrationOpen: "on",
      participationMode: "online",
      remoteCapacity: "40",
      remoteLink: LINK,
    });
    const saved = await updateEventSettings(database.db, actor, cartagena, form);
    expect(saved).toMatchObject({ participationMode: "online", remoteCapacity: 40, remoteLink: LINK });
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.eventId, cartagena), eq(auditLog.action, "event.settings")))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(JSON.stringify(entry?.after)).not.toContain("meet.example.org");
    expect(entry?.after).toMatchObject({ participationMode: "online", remoteCapacity: 40, remoteLink: "set" });
    // Remote places never drop below the remote delegates already confirmed (the room's count apart).
    await confirmed({});
    await confirmed({});
    const tooFew = eventSettingsSchema.parse({
      status: "published",
      registrationOpen: "on",
      participationMode: "online",
      remoteCapacity: "1",
    });
    await expect(updateEventSettings(database.db, actor, cartagena, tooFew)).rejects.toMatchObject({ field: "remoteCapacity" });
  });
});
