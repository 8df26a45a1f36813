import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { delegations, events } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { claimDelegationPlace, releaseDelegationPlace } from "@/lib/delegations/quota";
import type { TestDatabase } from "../support/databases";
import { CARTAGENA, seededBackends } from "../support/registration";

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
});
