import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog, checkIns, sessions } from "@/db/schema";
import { setClock } from "@/lib/clock";
import { attendance, checkIn } from "@/lib/dashboard/checkin";
import { attendanceTable } from "@/lib/dashboard/exports";
import { backends, type TestDatabase } from "../support/databases";
import { insertRegistration } from "../support/fixtures";
import { checkInDialogue, signUpFor } from "./checkin-support";
import { createActor } from "./dashboard-support";

const at = (iso: string) => new Date(iso);

describe.each(backends())("check-in from offline desks on $name", (backend) => {
  let database: TestDatabase;
  let desk: { id: number; email: string };
  beforeAll(async () => {
    database = await backend.create();
    desk = await createActor(database.db, "checkin", "Dora Door");
  });
  beforeEach(() => setClock(at("2024-06-10T10:00:00Z")));
  afterAll(async () => {
    setClock(null);
    await database?.dispose();
  });

  it("keeps the device's time of scan, and a scan sent again answers the same and writes nothing", async () => {
    const db = database.db;
    const { event } = await checkInDialogue(db);
    const delegate = await insertRegistration(db, event.id, { givenName: "Rosa", familyName: "Quispe" });
    const scan = { scannedAt: at("2024-06-10T08:12:00Z"), deviceId: "door-1", clientId: randomUUID() };
    const first = await checkIn(db, desk, event, { token: delegate.checkInToken }, null, scan);
    expect(first).toMatchObject({ status: "checkedIn", registrationId: delegate.id, device: "door-1", day: "2024-06-10" });
    if (first.status !== "checkedIn") throw new Error("unreachable");
    expect(first.at.toISOString()).toBe("2024-06-10T08:12:00.000Z");

    // The answer was lost; the device sends the scan again, the next morning.
    setClock(at("2024-06-11T07:30:00Z"));
    const again = await checkIn(db, desk, event, { token: delegate.checkInToken }, null, scan);
    expect(again).toEqual(first);
    const rows = await db.select().from(checkIns).where(eq(checkIns.registrationId, delegate.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ deviceId: "door-1", clientId: scan.clientId, admittedWithoutSignup: false });
    const audited = await db.$count(auditLog, and(eq(auditLog.entityType, "registration"), eq(auditLog.entityId, String(delegate.id))));
    expect(audited).toBe(1);

    // The same scan sent twice at once (a retry racing the first send): still one row, same answers.
    const other = await insertRegistration(db, event.id);
    const twice = { scannedAt: at("2024-06-10T08:30:00Z"), deviceId: "door-2", clientId: randomUUID() };
    const racing = await Promise.all(Array.from({ length: 5 }, () => checkIn(db, desk, event, { registrationId: other.id }, null, twice)));
    expect(new Set(racing.map((r) => r.status))).toEqual(new Set(["checkedIn"]));
    expect(await db.$count(checkIns, eq(checkIns.registrationId, other.id))).toBe(1);
  });

  it("counts a scan for the day it was made, and does not believe a clock that is far off", async () => {
    const db = database.db;
    const { event } = await checkInDialogue(db);
    setClock(at("2024-06-11T08:00:00Z"));
    // 23:00 in Lisbon on the first day, synced the next morning: an arrival of the first day.
    const late = await insertRegistration(db, event.id);
    const lateScan = await checkIn(db, desk, event, { registrationId: late.id }, null, { scannedAt: at("2024-06-10T22:00:00Z") });
    expect(lateScan).toMatchObject({ status: "checkedIn", day: "2024-06-10" });

    const now = at("2024-06-11T08:00:00Z");
    const cases = [
      { scannedAt: at("2024-06-11T08:03:00Z"), kept: true }, // a phone three minutes fast
      { scannedAt: at("2024-06-11T09:00:00Z"), kept: false }, // an hour in the future
      { scannedAt: at("2024-06-08T12:00:00Z"), kept: false }, // two days before the dialogue
      { scannedAt: at("1970-01-01T00:00:00Z"), kept: false }, // a clock that was reset
      { scannedAt: at("2024-06-09T12:00:00Z"), kept: true }, // the day before: badges collected early
    ];
    for (const { scannedAt, kept } of cases) {
      const delegate = await insertRegistration(db, event.id);
      const result = await checkIn(db, desk, event, { registrationId: delegate.id }, null, { scannedAt });
      if (result.status !== "checkedIn") throw new Error(`not checked in: ${result.status}`);
      // Not believed: the time of receipt (the test clock runs on from `now`).
      const expected = kept ? scannedAt.getTime() : now.getTime();
      expect(Math.abs(result.at.getTime() - expected), scannedAt.toISOString()).toBeLessThan(kept ? 1 : 10_000);
    }
  });

  it("two devices scanning the same delegate at once: one check-in, the others told which device came first", async () => {
    const db = database.db;
    const { event } = await checkInDialogue(db);
    const delegate = await insertRegistration(db, event.id, { givenName: "Iván", familyName: "Mora" });
    const scans = Array.from({ length: 12 }, (_, i) => ({
      scannedAt: at(`2024-06-10T08:${String(10 + i).padStart(2, "0")}:00Z`),
      deviceId: `door-${i + 1}`,
      clientId: randomUUID(),
    }));
    const results = await Promise.all(scans.map((scan) => checkIn(db, desk, event, { token: delegate.checkInToken }, null, scan)));
    const rows = await db.select().from(checkIns).where(eq(checkIns.registrationId, delegate.id));
    expect(rows).toHaveLength(1);
    const winner = rows[0]!;
    expect(results.filter((r) => r.status === "checkedIn")).toHaveLength(1);
    const already = results.filter((r) => r.status === "already");
    expect(already).toHaveLength(11);
    for (const result of already) {
      expect(result).toMatchObject({ device: winner.deviceId, at: winner.checkedInAt, by: "Dora Door", name: "Iván Mora" });
    }
    // A loser's retry: still "already", still nothing written.
    const loser = scans.find((s) => s.deviceId !== winner.deviceId)!;
    expect(await checkIn(db, desk, event, { token: delegate.checkInToken }, null, loser)).toMatchObject({
      status: "already",
      device: winner.deviceId,
    });
    expect(await db.$count(checkIns, eq(checkIns.registrationId, delegate.id))).toBe(1);
  });

  it("at a session's door: only signed-up delegates, unless staff admit them where walk-ins are allowed", async () => {
    const db = database.db;
    const { event, session } = await checkInDialogue(db);
    const seated = await insertRegistration(db, event.id);
    const waiting = await insertRegistration(db, event.id, { givenName: "Wanda" });
    const stranger = await insertRegistration(db, event.id, { givenName: "Sam" });
    const withdrew = await insertRegistration(db, event.id);
    await signUpFor(db, seated.id, session.id, "confirmed");
    await signUpFor(db, waiting.id, session.id, "waitlisted");
    await signUpFor(db, withdrew.id, session.id, "cancelled");
    const door = (id: number, admitWithoutSignup = false) =>
      checkIn(db, desk, event, { registrationId: id }, session.id, { admitWithoutSignup });

    expect(await door(seated.id)).toMatchObject({ status: "checkedIn", admittedWithoutSignup: false });
    expect(await door(waiting.id)).toMatchObject({ status: "waitlisted", name: "Wanda Pérez", walkIns: false });
    expect(await door(stranger.id)).toMatchObject({ status: "notSignedUp", registrationId: stranger.id, walkIns: false });
    expect(await door(withdrew.id)).toMatchObject({ status: "notSignedUp" });
    // "Admit anyway" is refused where the session does not allow walk-ins.
    expect(await door(stranger.id, true)).toMatchObject({ status: "notSignedUp" });
    expect(await db.$count(checkIns, eq(checkIns.sessionId, session.id))).toBe(1);
    // At the venue's entrance nobody's sessions matter.
    expect(await checkIn(db, desk, event, { registrationId: stranger.id }, null)).toMatchObject({ status: "checkedIn" });

    await db.update(sessions).set({ walkIns: true }).where(eq(sessions.id, session.id));
    expect(await door(stranger.id)).toMatchObject({ status: "notSignedUp", walkIns: true });
    expect(await door(stranger.id, true)).toMatchObject({ status: "checkedIn", admittedWithoutSignup: true });
    expect(await door(waiting.id, true)).toMatchObject({ status: "checkedIn", admittedWithoutSignup: true });
    // Scanned again without "admit": they are in already (let in anyway), which is what the desk must say.
    expect(await door(stranger.id)).toMatchObject({ status: "already", admittedWithoutSignup: true });
    // "Admit anyway" for someone with a seat is an ordinary check-in.
    const another = await insertRegistration(db, event.id);
    await signUpFor(db, another.id, session.id, "confirmed");
    expect(await door(another.id, true)).toMatchObject({ status: "checkedIn", admittedWithoutSignup: false });

    const admitted = await db
      .select({ entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.action, "checkin.admitWithoutSignup"), eq(auditLog.eventId, event.id)));
    expect(admitted.map((a) => Number(a.entityId)).sort()).toEqual([stranger.id, waiting.id].sort());
    const [line] = (await attendance(db, event.id)).perSession;
    expect(line).toMatchObject({ id: session.id, checkedIn: 4, admittedWithoutSignup: 2 });
    // The attendance export says who was let in without a seat.
    const table = await attendanceTable(db, event, "en");
    const walkIn = table.columns.findIndex((c) => c.header === "admitted_without_signup");
    const admittedIds = table.rows.filter((row) => row[walkIn] === "true").map((row) => row[3]);
    expect(admittedIds.sort()).toEqual([stranger.id, waiting.id].sort());
  });
});
