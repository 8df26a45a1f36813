import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { delegations, events, registrations } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { claimDelegationPlace, releaseDelegationPlace } from "@/lib/delegations/quota";
import { cancelRegistration, submitRegistration } from "@/lib/registration";
import type { TestDatabase } from "../support/databases";
import { CARTAGENA, formValues, seededBackends } from "../support/registration";

process.env.DB_POOL_SIZE = "40";

describe.each(seededBackends())("delegation quota on $name", (backend) => {
  let database: TestDatabase;
  let delegationId: number;
  beforeAll(async () => {
    database = await backend.create();
    const [event] = await database.db.select({ id: events.id }).from(events).where(eq(events.slug, CARTAGENA));
    const [row] = await database.db
      .insert(delegations)
      .values({
        eventId: event!.id,
        name: "Colombia — Ministerio TIC",
        countryCode: "CO",
        quota: 3,
        focalName: "Ana Gómez",
        focalEmail: "focal@example.org",
        focalLanguage: "es",
        deadline: new Date("2023-11-20T00:00:00Z"),
      })
      .returning({ id: delegations.id });
    delegationId = row!.id;
  });
  afterAll(async () => database?.dispose());

  const placesUsed = async () =>
    (await database.db.select({ used: delegations.placesUsed }).from(delegations).where(eq(delegations.id, delegationId)))[0]!.used;

  it("30 focal-point requests racing for 3 places: exactly 3 get one", async () => {
    const claims = await Promise.all(
      Array.from({ length: 30 }, () => inTransaction(database.db, (tx) => claimDelegationPlace(tx, delegationId))),
    );
    expect(claims.filter(Boolean)).toHaveLength(3);
    expect(await placesUsed()).toBe(3);
  });

  it("a withdrawn member gives the place back, once", async () => {
    await inTransaction(database.db, (tx) => releaseDelegationPlace(tx, delegationId));
    expect(await placesUsed()).toBe(2);
    const claims = await Promise.all(
      Array.from({ length: 5 }, () => inTransaction(database.db, (tx) => claimDelegationPlace(tx, delegationId))),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await placesUsed()).toBe(3);
  });

  it("the database itself refuses more members than places", async () => {
    await expect(database.db.update(delegations).set({ placesUsed: 4 }).where(eq(delegations.id, delegationId))).rejects.toThrow();
    expect(await placesUsed()).toBe(3);
  });

  it("members registered by a focal point: 12 racing for a quota of 3 → exactly 3 stored, the rest refused as full", async () => {
    const [event] = await database.db.select({ id: events.id }).from(events).where(eq(events.slug, CARTAGENA));
    const [delegation] = await database.db
      .insert(delegations)
      .values({
        eventId: event!.id,
        name: "Brasil — Anatel",
        quota: 3,
        focalName: "João Silva",
        focalEmail: "focal.br@example.org",
        focalLanguage: "pt",
        deadline: new Date("2999-01-01T00:00:00Z"),
      })
      .returning();
    const context = { eventSlug: CARTAGENA, locale: "pt", delegation: { id: delegation!.id, deadline: delegation!.deadline } };
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => submitRegistration(database.db, formValues({ email: `member${i}.br@example.org` }), context)),
    );
    const kinds = results.map((r) => r.kind).sort();
    expect(kinds.filter((k) => k === "registered")).toHaveLength(3);
    expect(kinds.filter((k) => k === "quotaFull")).toHaveLength(9);
    const members = await database.db
      .select({ id: registrations.id })
      .from(registrations)
      .where(eq(registrations.delegationId, delegation!.id));
    expect(members).toHaveLength(3);
    const [after] = await database.db.select().from(delegations).where(eq(delegations.id, delegation!.id));
    expect(after!.placesUsed).toBe(3);

    // A member withdrawn (cancelled) gives the place back once: one more member fits, then none.
    expect(await cancelRegistration(database.db, { registrationId: members[0]!.id })).toEqual({ ok: true });
    expect(await cancelRegistration(database.db, { registrationId: members[0]!.id })).toMatchObject({ ok: false });
    const again = await Promise.all(
      [0, 1].map((i) => submitRegistration(database.db, formValues({ email: `replacement${i}.br@example.org` }), context)),
    );
    expect(again.map((r) => r.kind).sort()).toEqual(["quotaFull", "registered"]);
    const [full] = await database.db.select().from(delegations).where(eq(delegations.id, delegation!.id));
    expect(full!.placesUsed).toBe(3);
  });

  it("after the deadline a focal point registers nobody, and nothing is stored", async () => {
    const [event] = await database.db.select({ id: events.id }).from(events).where(eq(events.slug, CARTAGENA));
    const [late] = await database.db
      .insert(delegations)
      .values({
        eventId: event!.id,
        name: "Late",
        quota: 2,
        focalName: "L",
        focalEmail: "late@example.org",
        focalLanguage: "en",
        deadline: new Date("2000-01-01T00:00:00Z"),
      })
      .returning();
    const result = await submitRegistration(database.db, formValues({ email: "late.member@example.org" }), {
      eventSlug: CARTAGENA,
      locale: "en",
      delegation: { id: late!.id, deadline: late!.deadline },
    });
    expect(result.kind).toBe("deadlinePassed");
    expect(await database.db.select().from(registrations).where(eq(registrations.delegationId, late!.id))).toEqual([]);
    const [after] = await database.db.select().from(delegations).where(eq(delegations.id, late!.id));
    expect(after!.placesUsed).toBe(0);
  });
});
