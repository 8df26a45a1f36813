import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checkIns, delegations, registrations, sessionSignups } from "@/db/schema";
import { checkInRoster } from "@/lib/checkin/roster";
import { MAX_SCANS, parseSyncBody, syncScans } from "@/lib/checkin/sync";
import { setClock } from "@/lib/clock";
import { checkIn } from "@/lib/dashboard/checkin";
import { backends, type TestDatabase } from "../support/databases";
import { insertRegistration, registrationValues } from "../support/fixtures";
import { checkInDialogue, signUpFor } from "./checkin-support";
import { createActor } from "./dashboard-support";

describe.each(backends())("the offline desk's roster and sync on $name", (backend) => {
  let database: TestDatabase;
  let desk: { id: number; email: string };
  beforeAll(async () => {
    database = await backend.create();
    desk = await createActor(database.db, "checkin", "Dora Door");
  });
  beforeEach(() => setClock(new Date("2024-06-10T10:00:00Z")));
  afterAll(async () => {
    setClock(null);
    await database?.dispose();
  });

  it("lists every delegate with status, sessions and check-ins, and nothing personal beyond that", async () => {
    const db = database.db;
    const { event, session } = await checkInDialogue(db, { walkIns: true });
    const [delegation] = await db
      .insert(delegations)
      .values({
        eventId: event.id,
        name: "Delegación de Chile",
        quota: 3,
        focalName: "Focal",
        focalEmail: "focal@example.org",
        focalLanguage: "es",
        deadline: new Date("2030-01-01T00:00:00Z"),
      })
      .returning();
    const ana = await insertRegistration(db, event.id, { givenName: "Ána", familyName: "Álvarez", phone: "+56 9 1234 5678" });
    const bea = await insertRegistration(db, event.id, { givenName: "Bea", familyName: "Zúñiga", delegationId: delegation!.id });
    const gone = await insertRegistration(db, event.id, { familyName: "Cancelled", status: "cancelled", cancelledAt: new Date() });
    const erased = await insertRegistration(db, event.id, { status: "cancelled", cancelledAt: new Date(), erasedAt: new Date() });
    const { event: other } = await checkInDialogue(db);
    const stranger = await insertRegistration(db, other.id);
    await signUpFor(db, ana.id, session.id, "confirmed");
    await signUpFor(db, bea.id, session.id, "waitlisted");
    await signUpFor(db, gone.id, session.id, "cancelled");
    await checkIn(db, desk, event, { registrationId: ana.id }, null, { scannedAt: new Date("2024-06-10T08:05:00Z") });
    await checkIn(db, desk, event, { registrationId: ana.id }, session.id);

    const roster = await checkInRoster(db, event, "public-key");
    expect(roster).toMatchObject({ eventId: event.id, slug: event.slug, timeZone: "Europe/Lisbon", publicKey: "public-key" });
    expect(roster.syncedAt).toMatch(/^2024-06-10T10:00/);
    expect(roster.sessions).toEqual([
      {
        id: session.id,
        title: { en: "Workshop", es: "Taller" },
        startsAt: "2024-06-10T09:00:00.000Z",
        endsAt: "2024-06-10T10:00:00.000Z",
        walkIns: true,
      },
    ]);
    const ids = roster.registrations.map((r) => r.id);
    expect(ids).toEqual([ana.id, gone.id, bea.id]); // by family name, accents folded
    expect(ids).not.toContain(erased.id);
    expect(ids).not.toContain(stranger.id);
    const [first, cancelled, second] = roster.registrations;
    expect(first).toEqual({
      id: ana.id,
      name: "Ána Álvarez",
      sortName: "alvarez ana",
      organisation: "Ministerio TIC",
      delegation: null,
      status: "confirmed",
      sessions: [{ id: session.id, status: "confirmed" }],
      checkIns: [
        { day: "2024-06-10", sessionId: null, at: "2024-06-10T08:05:00.000Z", by: "Dora Door" },
        { day: "2024-06-10", sessionId: session.id, at: expect.stringMatching(/^2024-06-10T10:00/), by: "Dora Door" },
      ],
    });
    expect(cancelled).toMatchObject({ status: "cancelled", sessions: [], checkIns: [] });
    expect(second).toMatchObject({ delegation: "Delegación de Chile", sessions: [{ id: session.id, status: "waitlisted" }] });
    const text = JSON.stringify(roster);
    for (const secret of [ana.email, "+56 9 1234 5678", ana.checkInToken, ana.manageTokenHash, ana.position, "focal@example.org"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("stays small for 1,500 delegates, each with their sessions and check-ins (time: bench/checkin-roster.ts)", async () => {
    const db = database.db;
    const { event, session } = await checkInDialogue(db);
    const rows = Array.from({ length: 1500 }, (_, i) => registrationValues(event.id, { givenName: `Delegate${i}`, familyName: "Large" }));
    const people = await db.insert(registrations).values(rows).returning({ id: registrations.id });
    const signedUp = people.filter((_, i) => i % 2 === 0);
    await db
      .insert(sessionSignups)
      .values(
        signedUp.map((p) => ({ registrationId: p.id, sessionId: session.id, status: "confirmed" as const, confirmedAt: new Date() })),
      );
    await db.insert(checkIns).values(people.filter((_, i) => i % 3 === 0).map((p) => ({ registrationId: p.id, day: "2024-06-10" })));
    const roster = await checkInRoster(db, event, "key");
    expect(roster.registrations).toHaveLength(1500);
    expect(roster.registrations.filter((r) => r.sessions.length === 1)).toHaveLength(750);
    expect(roster.registrations.filter((r) => r.checkIns.length === 1)).toHaveLength(500);
    // About 200 bytes a delegate before compression (gzip takes it to a few per cent of that).
    expect(JSON.stringify(roster).length).toBeLessThan(400_000);
  });

  it("records a device's queue in order, answers each scan, and a batch sent again writes nothing", async () => {
    const db = database.db;
    const { event, session } = await checkInDialogue(db, { walkIns: true });
    const seated = await insertRegistration(db, event.id, { givenName: "Rosa", familyName: "Quispe" });
    const walkIn = await insertRegistration(db, event.id, { givenName: "Sam", familyName: "Walker" });
    const stranger = await insertRegistration(db, event.id, { givenName: "Tom", familyName: "Stranger" });
    const pending = await insertRegistration(db, event.id, { givenName: "Pia", familyName: "Pending", status: "pending" });
    await signUpFor(db, seated.id, session.id, "confirmed");
    const scan = (fields: Record<string, unknown>) => ({
      id: randomUUID(),
      sessionId: null,
      scannedAt: "2024-06-10T08:00:00+01:00",
      ...fields,
    });
    const scans = [
      scan({ code: `https://example.org/c/${seated.checkInToken}` }),
      scan({ registrationId: seated.id }), // the same delegate again, by name: "already", this device
      scan({ registrationId: stranger.id, sessionId: session.id }),
      scan({ registrationId: walkIn.id, sessionId: session.id, admitWithoutSignup: true }),
      scan({ code: pending.checkInToken }),
      scan({ code: "DLG1.forged.code" }),
      scan({ registrationId: seated.id, sessionId: 999_999_999 }),
    ];
    const body = parseSyncBody(JSON.stringify({ deviceId: "door-3", scans }));
    if (!body) throw new Error("the body was refused");
    const results = await syncScans(db, desk, event, body);
    expect(results.map((r) => [r.id, r.status])).toEqual(
      scans.map((s, i) => [s.id, ["checkedIn", "already", "notSignedUp", "checkedIn", "notConfirmed", "unknown", "badSession"][i]]),
    );
    expect(results[0]).toEqual({
      id: scans[0]!.id,
      status: "checkedIn",
      registrationId: seated.id,
      name: "Rosa Quispe",
      at: "2024-06-10T07:00:00.000Z",
      by: null,
      device: "door-3",
    });
    expect(results[1]).toMatchObject({ status: "already", at: "2024-06-10T07:00:00.000Z", by: "Dora Door", device: "door-3" });
    expect(results[2]).toMatchObject({ registrationId: stranger.id, name: "Tom Stranger", at: null, device: null });
    expect(results[4]).toMatchObject({ registrationId: pending.id, name: "Pia Pending" });
    expect(results[5]).toEqual({ id: scans[5]!.id, status: "unknown", registrationId: null, name: null, at: null, by: null, device: null });

    const count = async () => db.$count(checkIns, eq(checkIns.deviceId, "door-3"));
    expect(await count()).toBe(2);
    const [admitted] = await db.select().from(checkIns).where(eq(checkIns.registrationId, walkIn.id));
    expect(admitted).toMatchObject({ sessionId: session.id, admittedWithoutSignup: true, clientId: scans[3]!.id });

    // The answer was lost: the same batch again, an hour later.
    setClock(new Date("2024-06-10T11:00:00Z"));
    expect(await syncScans(db, desk, event, body)).toEqual(results);
    expect(await count()).toBe(2);
  });

  it("refuses a body that is not a sync: bad JSON, wrong types, bad ids, NUL, too many scans", () => {
    const scan = { id: randomUUID(), registrationId: 1, sessionId: null, scannedAt: "2024-06-10T08:00:00Z" };
    const body = (fields: Record<string, unknown>) => JSON.stringify({ deviceId: "door", scans: [scan], ...fields });
    expect(parseSyncBody(body({}))).toMatchObject({ deviceId: "door", scans: [scan] });
    const refused = [
      "",
      "{",
      "null",
      "[]",
      body({ deviceId: "" }),
      body({ deviceId: "   " }),
      body({ deviceId: "a\u0000b" }),
      body({ deviceId: "x".repeat(101) }),
      body({ scans: "all" }),
      body({ scans: [{ ...scan, id: "not-a-uuid" }] }),
      body({ scans: [{ ...scan, registrationId: undefined }] }),
      body({ scans: [{ ...scan, registrationId: 0 }] }),
      body({ scans: [{ ...scan, registrationId: 2 ** 31 }] }),
      body({ scans: [{ ...scan, registrationId: "1" }] }),
      body({ scans: [{ ...scan, sessionId: undefined }] }),
      body({ scans: [{ ...scan, scannedAt: "yesterday" }] }),
      body({ scans: [{ ...scan, code: "abc\u0000" }] }),
      body({ scans: [{ ...scan, admitWithoutSignup: "on" }] }),
      body({ scans: Array.from({ length: MAX_SCANS + 1 }, () => ({ ...scan, id: randomUUID() })) }),
    ];
    for (const raw of refused) expect(parseSyncBody(raw), raw.slice(0, 80)).toBeNull();
  });
});
