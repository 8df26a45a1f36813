import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { type Delegation, delegations, type Event, events } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { queueDelegationLinkEmail } from "@/lib/email/templates/delegations";
import { hashToken, newToken } from "@/lib/tokens";

export type NewDelegation = Pick<Delegation, "name" | "countryCode" | "quota" | "focalName" | "focalEmail" | "focalLanguage" | "deadline">;
type LinkEvent = Pick<Event, "id" | "title" | "contactEmail" | "timeZone">;

/**
 * Creates a delegation and sends its focal point the secret link to it, in one transaction with the
 * audit entry: the delegation exists exactly when the email is queued. Only the link's SHA-256 is
 * stored, and the token is returned to nobody but the email.
 */
export async function createDelegation(db: Database, actor: AuditActor, event: LinkEvent, input: NewDelegation): Promise<Delegation> {
  return inTransaction(db, async (tx) => {
    const token = newToken();
    const [created] = await tx
      .insert(delegations)
      .values({ ...input, eventId: event.id, tokenHash: hashToken(token) })
      .returning();
    if (!created) throw new Error("Delegation insert returned nothing");
    await queueDelegationLinkEmail(tx, event, created, token, now());
    await recordAudit(tx, actor, {
      action: "delegation.create",
      entityType: "delegation",
      entityId: created.id,
      eventId: event.id,
      // The focal point's address is personal data: the audit names the delegation, not the person.
      after: { name: created.name, quota: created.quota, deadline: created.deadline.toISOString() },
    });
    return created;
  });
}

/**
 * A new link for the focal point (lost, or forwarded to the wrong person): the old one stops
 * working at once. Returns false for a delegation of another dialogue.
 */
export async function reissueDelegationLink(db: Database, actor: AuditActor, event: LinkEvent, delegationId: number): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const token = newToken();
    const [updated] = await tx
      .update(delegations)
      .set({ tokenHash: hashToken(token) })
      .where(and(eq(delegations.id, delegationId), eq(delegations.eventId, event.id)))
      .returning();
    if (!updated) return false;
    await queueDelegationLinkEmail(tx, event, updated, token, now());
    await recordAudit(tx, actor, { action: "delegation.reissue_link", entityType: "delegation", entityId: updated.id, eventId: event.id });
    return true;
  });
}

/** Revokes the focal point's link: the delegation's page is closed until a new link is issued. */
export async function revokeDelegationLink(db: Database, actor: AuditActor, eventId: number, delegationId: number): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const [updated] = await tx
      .update(delegations)
      .set({ tokenHash: null })
      .where(and(eq(delegations.id, delegationId), eq(delegations.eventId, eventId), isNotNull(delegations.tokenHash)))
      .returning({ id: delegations.id });
    if (!updated) return false;
    await recordAudit(tx, actor, { action: "delegation.revoke_link", entityType: "delegation", entityId: delegationId, eventId });
    return true;
  });
}

/** The delegation a focal point's link opens, with its dialogue; null for an unknown or revoked link. */
export async function delegationOfToken(db: Executor, token: string) {
  // Checked before hashing: a link of the wrong shape costs no query (see lib/security for the rate limit).
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await db
    .select({ delegation: delegations, event: events })
    .from(delegations)
    .innerJoin(events, eq(events.id, delegations.eventId))
    .where(eq(delegations.tokenHash, hashToken(token)));
  return row ?? null;
}
