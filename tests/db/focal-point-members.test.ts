import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { delegations, emailOutbox, registrations } from "@/db/schema";
import {
  delegationMembers,
  type FocalDelegation,
  registerMember,
  replaceMember,
  setHeadOfDelegation,
  withdrawMember,
} from "@/lib/delegations/members";
import type { TestDatabase } from "../support/databases";
import { CARTAGENA, eventId, formValues, seededBackends } from "../support/registration";

process.env.DB_POOL_SIZE = "20";

const FUTURE = new Date("2999-01-01T00:00:00Z");
const PAST = new Date("2020-01-01T00:00:00Z");

describe.each(seededBackends())("focal point's members on $name", (backend) => {
  let database: TestDatabase;
  let n = 0;
  beforeAll(async () => {
    database = await backend.create();
  });
  afterAll(async () => database?.dispose());

  /** A delegation of the seeded dialogue, as its focal point's link opens it. */
  async function delegation(quota: number, deadline = FUTURE): Promise<FocalDelegation> {
    const [row] = await database.db
      .insert(delegations)
      .values({
        eventId: await eventId(database.db, CARTAGENA),
        name: `Delegation ${++n}`,
        quota,
        focalName: "Ana Gómez",
        focalEmail: `focal${n}@example.org`,
        focalLanguage: "es",
        deadline,
      })
      .returning();
    return { id: row!.id, quota: row!.quota, deadline: row!.deadline, eventSlug: CARTAGENA };
  }
  const member = (d: FocalDelegation, email: string) => registerMember(database.db, d, formValues({ email }), "es");
  const idOf = (result: Awaited<ReturnType<typeof member>>) => {
    if (result.kind !== "registered") throw new Error(`not registered: ${result.kind}`);
    return result.registrationId;
  };
  const placesUsed = async (d: FocalDelegation) =>
    (await database.db.select({ used: delegations.placesUsed }).from(delegations).where(eq(delegations.id, d.id)))[0]!.used;
  const heads = async (d: FocalDelegation) =>
    (await delegationMembers(database.db, d.id)).filter((m) => m.headOfDelegation).map((m) => m.id);

  it("one head of delegation: marking another clears the first; the database refuses two", async () => {
    const d = await delegation(3);
    const a = idOf(await member(d, `head.a${n}@example.org`));
    const b = idOf(await member(d, `head.b${n}@example.org`));
    expect(await setHeadOfDelegation(database.db, d.id, a)).toBe(true);
    expect(await heads(d)).toEqual([a]);
    expect(await setHeadOfDelegation(database.db, d.id, b)).toBe(true);
    expect(await heads(d)).toEqual([b]);
    // Bypassing the function: the partial unique index stands behind the rule.
    await expect(database.db.update(registrations).set({ headOfDelegation: true }).where(eq(registrations.id, a))).rejects.toThrow();
    // Two sessions marking different heads at once: exactly one head after both.
    await Promise.all([setHeadOfDelegation(database.db, d.id, a), setHeadOfDelegation(database.db, d.id, b)]);
    expect(await heads(d)).toHaveLength(1);
    // Someone of another delegation is not a member here.
    const other = await delegation(1);
    const stranger = idOf(await member(other, `stranger${n}@example.org`));
    expect(await setHeadOfDelegation(database.db, d.id, stranger)).toBe(false);
    // A focal point's link reaches its own delegation's members only.
    expect(await withdrawMember(database.db, d, stranger)).toEqual({ ok: false, reason: "notMember" });
    const replaced = await replaceMember(database.db, d, stranger, formValues({ email: `intruder${n}@example.org` }), "es");
    expect(replaced.kind).toBe("notMember");
    expect((await delegationMembers(database.db, other.id)).map((m) => m.id)).toEqual([stranger]);
  });

  it("withdraw gives the place back and clears the head mark; a second withdraw is refused", async () => {
    const d = await delegation(1);
    const a = idOf(await member(d, `withdraw.a${n}@example.org`));
    await setHeadOfDelegation(database.db, d.id, a);
    expect(await withdrawMember(database.db, d, a)).toEqual({ ok: true, wasHead: true });
    expect(await placesUsed(d)).toBe(0);
    expect(await delegationMembers(database.db, d.id)).toEqual([]);
    expect(await withdrawMember(database.db, d, a)).toEqual({ ok: false, reason: "notMember" });
    expect((await member(d, `withdraw.b${n}@example.org`)).kind).toBe("registered");
  });

  it("replace: the old member out and the new one in, in one transaction, the head mark passed on", async () => {
    const d = await delegation(2);
    const a = idOf(await member(d, `replace.a${n}@example.org`));
    idOf(await member(d, `replace.b${n}@example.org`));
    await setHeadOfDelegation(database.db, d.id, a);
    const result = await replaceMember(database.db, d, a, formValues({ email: `replace.c${n}@example.org` }), "es");
    expect(result.kind).toBe("registered");
    const newcomer = idOf(result as Awaited<ReturnType<typeof member>>);
    expect(await placesUsed(d)).toBe(2);
    expect(await heads(d)).toEqual([newcomer]);
    const [old] = await database.db.select().from(registrations).where(eq(registrations.id, a));
    expect(old!.status).toBe("cancelled");
    expect(old!.headOfDelegation).toBe(false);
  });

  it("a refused replacement leaves the old member in place (nothing withdrawn)", async () => {
    const d = await delegation(2);
    const a = idOf(await member(d, `keep.a${n}@example.org`));
    const b = idOf(await member(d, `keep.b${n}@example.org`));
    const invalid = await replaceMember(database.db, d, a, formValues({ email: "not an address" }), "es");
    expect(invalid.kind).toBe("invalid");
    // An address that already has a registration (another member's): refused, the member stays.
    const taken = await replaceMember(database.db, d, a, formValues({ email: `keep.b${n}@example.org` }), "es");
    expect(taken.kind).toBe("alreadyRegistered");
    const members = await delegationMembers(database.db, d.id);
    expect(members.map((m) => m.id)).toEqual([a, b]);
    expect(await placesUsed(d)).toBe(2);
  });

  it("the place a replacement frees cannot be taken by a racing registration", async () => {
    const d = await delegation(1);
    const a = idOf(await member(d, `race.a${n}@example.org`));
    const [replaced, ...others] = await Promise.all([
      replaceMember(database.db, d, a, formValues({ email: `race.new${n}@example.org` }), "es"),
      ...Array.from({ length: 6 }, (_, i) => member(d, `race.other${i}.${n}@example.org`)),
    ]);
    expect(replaced.kind).toBe("registered");
    expect(others.map((r) => r.kind)).toEqual(Array(6).fill("quotaFull"));
    expect(await placesUsed(d)).toBe(1);
  });

  it("two focal-point sessions racing for the last place: exactly the quota", async () => {
    const d = await delegation(3);
    idOf(await member(d, `last.a${n}@example.org`));
    idOf(await member(d, `last.b${n}@example.org`));
    const results = await Promise.all([member(d, `last.c${n}@example.org`), member(d, `last.d${n}@example.org`)]);
    expect(results.map((r) => r.kind).sort()).toEqual(["quotaFull", "registered"]);
    expect(await placesUsed(d)).toBe(3);
    const stored = await database.db.select({ id: registrations.id }).from(registrations).where(eq(registrations.delegationId, d.id));
    expect(stored).toHaveLength(3);
  });

  it("a member holds no place waiting for an address check: confirmed at once, their own link in the confirmation", async () => {
    const d = await delegation(1);
    const result = await member(d, `vouched${n}@example.org`);
    expect(result).toMatchObject({ kind: "registered", status: "confirmed", holdExpiresAt: null });
    const id = idOf(result);
    const [row] = await database.db.select().from(registrations).where(eq(registrations.id, id));
    expect(row).toMatchObject({ status: "confirmed", holdExpiresAt: null, emailConfirmedAt: null });
    const [mail] = await database.db.select().from(emailOutbox).where(eq(emailOutbox.registrationId, id));
    expect(mail?.kind).toBe("registration.confirmed");
    expect(mail?.sealedSecrets).not.toBeNull();
  });

  it("after the deadline: no member added, withdrawn or replaced", async () => {
    const open = await delegation(2);
    const a = idOf(await member(open, `late.a${n}@example.org`));
    const closed = { ...open, deadline: PAST };
    expect((await member(closed, `late.b${n}@example.org`)).kind).toBe("deadlinePassed");
    expect(await withdrawMember(database.db, closed, a)).toEqual({ ok: false, reason: "deadlinePassed" });
    const replaced = await replaceMember(database.db, closed, a, formValues({ email: `late.c${n}@example.org` }), "es");
    expect(replaced.kind).toBe("deadlinePassed");
    const rows = await database.db
      .select({ id: registrations.id, status: registrations.status })
      .from(registrations)
      .where(and(eq(registrations.delegationId, open.id)));
    expect(rows).toEqual([{ id: a, status: "confirmed" }]);
    expect(await placesUsed(open)).toBe(1);
  });
});
