import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, delegations, type Event, emailOutbox, registrations, uploads, userDialogues, users } from "@/db/schema";
import { organiserLetter } from "@/lib/delegations/letter";
import { approveDelegation, listDelegations, updateDelegation } from "@/lib/delegations/organiser";
import type { TestDatabase } from "../support/databases";
import { eventBySlug, insertRegistration } from "../support/fixtures";
import { CARTAGENA, SANTO_DOMINGO, seededBackends } from "../support/registration";
import { createActor } from "./dashboard-support";

/** The organisers' side of delegations: approval as a whole, quota edits, who may download the letter. */
describe.each(seededBackends())("delegations for organisers on $name", (backend) => {
  let database: TestDatabase;
  let event: Event;
  let other: Event;
  let actor: { id: number; email: string };
  beforeAll(async () => {
    database = await backend.create();
    event = await eventBySlug(database.db, CARTAGENA);
    other = await eventBySlug(database.db, SANTO_DOMINGO);
    actor = await createActor(database.db, "organiser");
  });
  afterAll(async () => database?.dispose());

  async function createDelegation(name: string, values: { quota?: number; placesUsed?: number; eventId?: number } = {}) {
    const [row] = await database.db
      .insert(delegations)
      .values({
        eventId: values.eventId ?? event.id,
        name,
        countryCode: "CO",
        quota: values.quota ?? 3,
        placesUsed: values.placesUsed ?? 0,
        focalName: "Ana Gómez",
        focalEmail: "focal@example.org",
        focalLanguage: "es",
        deadline: new Date("2999-01-01T00:00:00Z"),
      })
      .returning();
    return row!;
  }
  const delegationRow = async (id: number) => (await database.db.select().from(delegations).where(eq(delegations.id, id)))[0]!;
  const statusOf = async (ids: number[]) =>
    Object.fromEntries(
      (
        await database.db
          .select({ id: registrations.id, status: registrations.status })
          .from(registrations)
          .where(inArray(registrations.id, ids))
      ).map((r) => [r.id, r.status]),
    );

  it("approves a delegation as a whole: its pending members are confirmed, emailed and audited; nobody else changes", async () => {
    const delegation = await createDelegation("Colombia — Ministerio TIC", { placesUsed: 3 });
    const member = (overrides: Parameters<typeof insertRegistration>[2]) =>
      insertRegistration(database.db, event.id, { delegationId: delegation.id, ...overrides });
    const head = await member({ status: "pending", headOfDelegation: true, givenName: "Íñigo" });
    const second = await member({ status: "pending" });
    const confirmed = await member({ status: "confirmed" });
    const withdrawn = await member({ status: "cancelled", cancelledAt: new Date() });
    const outsider = await insertRegistration(database.db, event.id, { status: "pending" });

    const result = await approveDelegation(database.db, actor, event.id, delegation.id);

    expect(result).toEqual({ ok: true, approvedMembers: 2 });
    expect(await statusOf([head.id, second.id, confirmed.id, withdrawn.id, outsider.id])).toEqual({
      [head.id]: "confirmed",
      [second.id]: "confirmed",
      [confirmed.id]: "confirmed",
      [withdrawn.id]: "cancelled",
      [outsider.id]: "pending",
    });
    const row = await delegationRow(delegation.id);
    expect(row.approvedAt).not.toBeNull();
    expect(row.approvedById).toBe(actor.id);
    const emails = await database.db
      .select({ to: emailOutbox.toAddress })
      .from(emailOutbox)
      .where(eq(emailOutbox.kind, "registration.confirmed"));
    expect(emails.map((e) => e.to).sort()).toEqual([head.email, second.email].sort());
    const audits = await database.db.select().from(auditLog).where(eq(auditLog.actorId, actor.id));
    expect(
      audits
        .filter((a) => a.action === "registration.approve")
        .map((a) => a.entityId)
        .sort(),
    ).toEqual([String(head.id), String(second.id)].sort());
    expect(audits.filter((a) => a.action === "delegation.approve").map((a) => a.entityId)).toEqual([String(delegation.id)]);

    const [listed] = (await listDelegations(database.db, event.id)).filter((d) => d.id === delegation.id);
    expect(listed!.head?.givenName).toBe("Íñigo");
    expect(listed!.members).toHaveLength(4);
  });

  it("refuses to approve a delegation of another dialogue, and changes nothing", async () => {
    const delegation = await createDelegation("Perú — Cancillería", { placesUsed: 1 });
    const pending = await insertRegistration(database.db, event.id, { delegationId: delegation.id, status: "pending" });
    expect(await approveDelegation(database.db, actor, other.id, delegation.id)).toEqual({ ok: false, reason: "notFound" });
    expect(await statusOf([pending.id])).toEqual({ [pending.id]: "pending" });
    expect((await delegationRow(delegation.id)).approvedAt).toBeNull();
  });

  it("never sets a quota below the places used: a refusal, the row unchanged, and the database check behind it", async () => {
    const delegation = await createDelegation("Chile — Subtel", { quota: 3, placesUsed: 2 });
    const deadline = new Date("2999-02-01T12:00:00Z");
    expect(await updateDelegation(database.db, actor, event.id, delegation.id, { quota: 1, deadline })).toBe("belowPlacesUsed");
    expect(await delegationRow(delegation.id)).toMatchObject({ quota: 3, deadline: delegation.deadline });
    await expect(database.db.update(delegations).set({ quota: 1 }).where(eq(delegations.id, delegation.id))).rejects.toThrow();

    expect(await updateDelegation(database.db, actor, event.id, delegation.id, { quota: 2, deadline })).toBe("updated");
    expect(await delegationRow(delegation.id)).toMatchObject({ quota: 2, placesUsed: 2, deadline });
    expect(await updateDelegation(database.db, actor, other.id, delegation.id, { quota: 5, deadline })).toBe("notFound");
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "delegation.update"), eq(auditLog.entityId, String(delegation.id))));
    expect(audit).toMatchObject({ before: { quota: 3 }, after: { quota: 2 } });
  });

  it("serves the letter to the dialogue's organisers only", async () => {
    const withLetter = await createDelegation("Brasil — Anatel");
    const withoutLetter = await createDelegation("Argentina — Enacom");
    const bytes = Buffer.from("%PDF-1.7\n% nomination letter\n");
    const [upload] = await database.db
      .insert(uploads)
      .values({
        eventId: event.id,
        kind: "letter",
        contentType: "application/pdf",
        size: bytes.length,
        content: bytes,
        downloadName: "letter-x1.pdf",
      })
      .returning();
    await database.db.update(delegations).set({ letterUploadId: upload!.id }).where(eq(delegations.id, withLetter.id));
    const account = async (role: "admin" | "organiser" | "checkin", onlyDialogue?: number) => {
      const { id } = await createActor(database.db, role);
      if (onlyDialogue) {
        await database.db.update(users).set({ allDialogues: false }).where(eq(users.id, id));
        await database.db.insert(userDialogues).values({ userId: id, eventId: onlyDialogue });
      }
      return { id, role };
    };
    const letter = (user: { id: number; role: "admin" | "organiser" | "checkin" } | null, slug: string, id: number) =>
      organiserLetter(database.db, user, slug, id);

    const organiser = await letter(await account("organiser"), CARTAGENA, withLetter.id);
    if (!organiser.ok) throw new Error(`refused: ${organiser.status}`);
    expect(organiser.file).toMatchObject({ contentType: "application/pdf", downloadName: "letter-x1.pdf" });
    // PGlite gives a Uint8Array, postgres.js a Buffer: the bytes are what counts.
    expect(Buffer.from(organiser.file.content).equals(bytes)).toBe(true);
    expect((await letter(await account("organiser", event.id), CARTAGENA, withLetter.id)).ok).toBe(true);
    expect((await letter(await account("admin"), CARTAGENA, withLetter.id)).ok).toBe(true);

    expect(await letter(null, CARTAGENA, withLetter.id)).toEqual({ ok: false, status: 401 });
    expect(await letter(await account("checkin"), CARTAGENA, withLetter.id)).toEqual({ ok: false, status: 403 });
    expect(await letter(await account("organiser", other.id), CARTAGENA, withLetter.id)).toEqual({ ok: false, status: 403 });
    // Through another dialogue's address, or with no letter uploaded yet, there is nothing to serve.
    expect(await letter(await account("organiser"), SANTO_DOMINGO, withLetter.id)).toEqual({ ok: false, status: 404 });
    expect(await letter(await account("organiser"), CARTAGENA, withoutLetter.id)).toEqual({ ok: false, status: 404 });
    expect(await letter(await account("organiser"), CARTAGENA, 2_147_483_648)).toEqual({ ok: false, status: 404 });
    expect(await letter(await account("organiser"), "no-such-dialogue", withLetter.id)).toEqual({ ok: false, status: 404 });
  });
});
