import { utils } from "@noble/ed25519";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkIns, type Event, registrations } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { createCheckInCode } from "@/lib/checkin/code";
import { signCheckInCode } from "@/lib/checkin/signing";
import { setClock } from "@/lib/clock";
import { checkIn } from "@/lib/dashboard/checkin";
import { backends, type TestDatabase } from "../support/databases";
import { eventBySlug, insertRegistration } from "../support/fixtures";
import { createActor } from "./dashboard-support";

describe.each(backends())("check-in by signed code and by old token on $name", (backend) => {
  let database: TestDatabase;
  let event: Event;
  let other: Event;
  let desk: { id: number; email: string };
  beforeAll(async () => {
    database = await backend.create();
    await seedDatabase(database.db);
    event = await eventBySlug(database.db, "digital-alliance-days-2023");
    other = await eventBySlug(database.db, "cybersecurity-dialogue-2024");
    desk = await createActor(database.db, "checkin", "Dana Desk");
    setClock(new Date(`${event.startDate}T14:12:00Z`));
  });
  afterAll(async () => {
    setClock(null);
    await database?.dispose();
  });

  it("checks a delegate in by the signed code of their QR, once, whenever it was issued", async () => {
    const delegate = await insertRegistration(database.db, event.id, { givenName: "Inés", familyName: "Mamani" });
    const code = await signCheckInCode(event.id, delegate.id);
    expect(await checkIn(database.db, desk, event, { token: code }, null)).toMatchObject({ status: "checkedIn", name: "Inés Mamani" });
    // A code issued later (the next email, a reprinted badge) names the same delegate.
    setClock(new Date(`${event.startDate}T15:00:00Z`));
    const reissued = await signCheckInCode(event.id, delegate.id);
    expect(reissued).not.toBe(code);
    expect(await checkIn(database.db, desk, event, { token: reissued }, null)).toMatchObject({ status: "already", by: "Dana Desk" });
    expect(await database.db.$count(checkIns, eq(checkIns.registrationId, delegate.id))).toBe(1);
  });

  it("still accepts the old opaque token of emails and badges from before signed codes", async () => {
    const delegate = await insertRegistration(database.db, event.id, { givenName: "Old", familyName: "Badge" });
    expect(await checkIn(database.db, desk, event, { token: delegate.checkInToken }, null)).toMatchObject({ status: "checkedIn" });
  });

  it("refuses a forged code, an altered one, and one of another dialogue, as unknown", async () => {
    const delegate = await insertRegistration(database.db, event.id, { givenName: "Not", familyName: "Forged" });
    const target = await insertRegistration(database.db, event.id, { givenName: "Someone", familyName: "Else" });
    const forged = await createCheckInCode(
      { eventId: event.id, registrationId: delegate.id, issuedAt: 1_800_000_000 },
      utils.randomSecretKey(),
    );
    const [prefix, , signature] = (await signCheckInCode(event.id, delegate.id)).split(".");
    const [, otherPayload] = (await signCheckInCode(event.id, target.id)).split(".");
    const altered = `${prefix}.${otherPayload}.${signature}`;
    const elsewhere = await insertRegistration(database.db, other.id, {});
    for (const token of [
      forged,
      altered,
      // Genuine codes, but of another dialogue: for that dialogue's id, or naming its registration.
      await signCheckInCode(other.id, delegate.id),
      await signCheckInCode(event.id, elsewhere.id),
    ]) {
      expect(await checkIn(database.db, desk, event, { token }, null)).toEqual({ status: "unknown" });
    }
    expect(await database.db.$count(checkIns, eq(checkIns.registrationId, delegate.id))).toBe(0);
    expect(await database.db.$count(checkIns, eq(checkIns.registrationId, target.id))).toBe(0);
  });

  it("shows a registration that is not confirmed as such, and an erased one as unknown", async () => {
    const pending = await insertRegistration(database.db, event.id, { givenName: "Pia", familyName: "Pending", status: "pending" });
    expect(await checkIn(database.db, desk, event, { token: await signCheckInCode(event.id, pending.id) }, null)).toMatchObject({
      status: "notConfirmed",
      name: "Pia Pending",
    });
    const erased = await insertRegistration(database.db, event.id, {});
    const code = await signCheckInCode(event.id, erased.id);
    await database.db.update(registrations).set({ erasedAt: new Date() }).where(eq(registrations.id, erased.id));
    expect(await checkIn(database.db, desk, event, { token: code }, null)).toEqual({ status: "unknown" });
  });
});
