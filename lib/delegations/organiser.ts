import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { delegations, registrations, uploads, users } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { approveLockedRegistration } from "@/lib/registration/decisions";

/**
 * The organisers' side of delegations: the dialogue's list with members and letters, quota and
 * deadline edits, approval as a whole. Every function takes the dialogue's id and touches only
 * its delegations (a delegation id of another dialogue is "notFound").
 */

type DelegationMember = {
  id: number;
  givenName: string;
  familyName: string;
  organisation: string;
  status: typeof registrations.$inferSelect.status;
  headOfDelegation: boolean;
};

/** The dialogue's delegations (newest last), each with its members, approver and letter's file name. */
export async function listDelegations(db: Executor, eventId: number) {
  const rows = await db
    .select({ delegation: delegations, approvedBy: users.name, letterName: uploads.downloadName })
    .from(delegations)
    .leftJoin(users, eq(users.id, delegations.approvedById))
    .leftJoin(uploads, and(eq(uploads.id, delegations.letterUploadId), eq(uploads.eventId, eventId)))
    .where(eq(delegations.eventId, eventId))
    .orderBy(asc(delegations.id));
  const ids = rows.map((row) => row.delegation.id);
  const members =
    ids.length === 0
      ? []
      : await db
          .select({
            id: registrations.id,
            delegationId: registrations.delegationId,
            givenName: registrations.givenName,
            familyName: registrations.familyName,
            organisation: registrations.organisation,
            status: registrations.status,
            headOfDelegation: registrations.headOfDelegation,
          })
          .from(registrations)
          .where(and(inArray(registrations.delegationId, ids), isNull(registrations.erasedAt)))
          .orderBy(asc(registrations.sortName), asc(registrations.id));
  return rows.map(({ delegation, approvedBy, letterName }) => {
    const own: DelegationMember[] = members.filter((m) => m.delegationId === delegation.id);
    return { ...delegation, approvedBy, letterName, members: own, head: own.find((m) => m.headOfDelegation && holdsPlace(m)) ?? null };
  });
}

export type DelegationListItem = Awaited<ReturnType<typeof listDelegations>>[number];

/** Whether a member still holds one of the delegation's places (withdrawn, declined or expired ones do not). */
function holdsPlace(member: Pick<DelegationMember, "status">): boolean {
  return !["cancelled", "rejected", "expired"].includes(member.status);
}

export async function isEventDelegation(db: Executor, eventId: number, delegationId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: delegations.id })
    .from(delegations)
    .where(and(eq(delegations.id, delegationId), eq(delegations.eventId, eventId)));
  return row != null;
}

export type DelegationEdit = { quota: number; deadline: Date };

/**
 * Changes a delegation's quota and deadline. The quota never drops below the places its members
 * hold: the row is locked, so no member can claim a place between the check and the update (and
 * the table's check constraint refuses it anyway).
 */
export async function updateDelegation(
  db: Database,
  actor: AuditActor,
  eventId: number,
  delegationId: number,
  edit: DelegationEdit,
): Promise<"updated" | "notFound" | "belowPlacesUsed"> {
  return inTransaction(db, async (tx) => {
    const [before] = await tx
      .select()
      .from(delegations)
      .where(and(eq(delegations.id, delegationId), eq(delegations.eventId, eventId)))
      .for("update");
    if (!before) return "notFound";
    if (edit.quota < before.placesUsed) return "belowPlacesUsed";
    await tx.update(delegations).set(edit).where(eq(delegations.id, delegationId));
    await recordAudit(tx, actor, {
      action: "delegation.update",
      entityType: "delegation",
      entityId: delegationId,
      eventId,
      before: { quota: before.quota, deadline: before.deadline.toISOString() },
      after: { quota: edit.quota, deadline: edit.deadline.toISOString() },
    });
    return "updated";
  });
}

/**
 * Approves a delegation as a whole, in one transaction: the delegation is marked approved and each
 * member awaiting approval is confirmed exactly as a single approval does it (email, audit).
 * Members are locked before the delegation, the order in which a member's withdrawal locks them.
 */
export async function approveDelegation(
  db: Database,
  actor: NonNullable<AuditActor>,
  eventId: number,
  delegationId: number,
): Promise<{ ok: true; approvedMembers: number } | { ok: false; reason: "notFound" }> {
  return inTransaction(db, async (tx) => {
    const pending = await tx
      .select({ id: registrations.id, eventId: registrations.eventId })
      .from(registrations)
      .where(
        and(
          eq(registrations.delegationId, delegationId),
          eq(registrations.eventId, eventId),
          eq(registrations.status, "pending"),
          isNull(registrations.erasedAt),
        ),
      )
      .orderBy(asc(registrations.id))
      .for("update");
    const [delegation] = await tx
      .update(delegations)
      .set({ approvedAt: now(), approvedById: actor.id })
      .where(and(eq(delegations.id, delegationId), eq(delegations.eventId, eventId)))
      .returning({ id: delegations.id });
    if (!delegation) return { ok: false, reason: "notFound" } as const;
    for (const member of pending) await approveLockedRegistration(tx, member, actor.id);
    await recordAudit(tx, actor, {
      action: "delegation.approve",
      entityType: "delegation",
      entityId: delegationId,
      eventId,
      after: { approvedMembers: pending.map((member) => member.id) },
    });
    return { ok: true, approvedMembers: pending.length } as const;
  });
}
