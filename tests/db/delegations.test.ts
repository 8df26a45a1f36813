import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, delegations, emailOutbox, events } from "@/db/schema";
import { createDelegation, delegationOfToken, reissueDelegationLink, revokeDelegationLink } from "@/lib/delegations/delegations";
import type { TestDatabase } from "../support/databases";
import { sentText } from "../support/outbox";
import { CARTAGENA, seededBackends } from "../support/registration";
import { createActor } from "./dashboard-support";

const input = {
  name: "Colombia — Ministerio TIC",
  countryCode: "CO",
  quota: 3,
  focalName: "Ana Gómez",
  focalEmail: "focal.point@example.org",
  focalLanguage: "es",
  deadline: new Date("2023-11-20T23:00:00Z"),
};

describe.each(seededBackends())("delegations on $name", (backend) => {
  let database: TestDatabase;
  let event: typeof events.$inferSelect;
  let actor: { id: number; email: string };
  beforeAll(async () => {
    database = await backend.create();
    [event] = (await database.db.select().from(events).where(eq(events.slug, CARTAGENA))) as [typeof events.$inferSelect];
    actor = await createActor(database.db, "organiser");
  });
  afterAll(async () => database?.dispose());

  /** The working link of the newest email to the focal point, as it will be sent. */
  async function linkToken(): Promise<string> {
    const rows = await database.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "delegation.link")).orderBy(emailOutbox.id);
    const text = await sentText(rows.at(-1)!);
    return /\/es\/delegations\/([A-Za-z0-9_-]{43})/.exec(text)![1]!;
  }

  it("creates the delegation and emails its focal point a link, in Spanish; only its hash is stored", async () => {
    const created = await createDelegation(database.db, actor, event, input);
    const token = await linkToken();
    const [row] = await database.db.select().from(delegations).where(eq(delegations.id, created.id));
    expect(row!.tokenHash).not.toBe(token);
    expect(JSON.stringify(await database.db.select().from(emailOutbox))).not.toContain(token);
    const [email] = await database.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "delegation.link"));
    expect(email!.subject).toMatch(/^Inscripción de su delegación en /);
    expect((await delegationOfToken(database.db, token))?.delegation.id).toBe(created.id);
    const audits = await database.db.select().from(auditLog).where(eq(auditLog.action, "delegation.create"));
    expect(JSON.stringify(audits)).not.toContain(input.focalEmail);
  });

  it("a reissued link replaces the old one; a revoked link opens nothing; a malformed one costs no lookup", async () => {
    const created = await createDelegation(database.db, actor, event, { ...input, name: "Perú — Cancillería" });
    const first = await linkToken();
    expect(await reissueDelegationLink(database.db, actor, event, created.id)).toBe(true);
    const second = await linkToken();
    expect(second).not.toBe(first);
    expect(await delegationOfToken(database.db, first)).toBeNull();
    expect((await delegationOfToken(database.db, second))?.delegation.name).toBe("Perú — Cancillería");
    expect(await revokeDelegationLink(database.db, actor, event.id, created.id)).toBe(true);
    expect(await delegationOfToken(database.db, second)).toBeNull();
    expect(await revokeDelegationLink(database.db, actor, event.id, created.id)).toBe(false);
    expect(await delegationOfToken(database.db, "not a token")).toBeNull();
  });

  it("refuses a delegation of another dialogue", async () => {
    const created = await createDelegation(database.db, actor, event, { ...input, name: "Chile — Subtel" });
    expect(await reissueDelegationLink(database.db, actor, { ...event, id: event.id + 1000 }, created.id)).toBe(false);
    expect(await revokeDelegationLink(database.db, actor, event.id + 1000, created.id)).toBe(false);
  });
});
