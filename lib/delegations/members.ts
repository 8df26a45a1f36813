import "server-only";
import { and, asc, eq, isNull, notInArray } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { type Delegation, delegations, type Event, registrations } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { now } from "@/lib/clock";
import { queueRegistrationEmail } from "@/lib/email/templates/registration";
import { cancelLockedRegistration } from "@/lib/registration/decisions";
import { lockRegistration } from "@/lib/registration/locks";
import { type RegisterResult, submitRegistration } from "@/lib/registration/register";

/**
 * What a delegation's focal point does through their secret link: register members (the public
 * form's rules, plus the quota), mark the head of delegation, withdraw or replace members before
 * the deadline. The link is checked by the caller (`delegationOfToken`); every function here takes
 * the delegation it opened and touches only that delegation's members.
 */
export type FocalDelegation = Pick<Delegation, "id" | "deadline" | "quota"> & { eventSlug: Event["slug"] };

/** A member no longer holding a place: not listed, cannot be head, withdrawn or replaced. */
const GONE = ["cancelled", "expired"] as const;

const memberOf = (delegationId: number) =>
  and(eq(registrations.delegationId, delegationId), notInArray(registrations.status, [...GONE]), isNull(registrations.erasedAt));

/** The members holding a place, oldest first, with what the focal point's page shows. */
export async function delegationMembers(db: Executor, delegationId: number) {
  return db
    .select({
      id: registrations.id,
      honorific: registrations.honorific,
      givenName: registrations.givenName,
      familyName: registrations.familyName,
      organisation: registrations.organisation,
      status: registrations.status,
      headOfDelegation: registrations.headOfDelegation,
    })
    .from(registrations)
    .where(memberOf(delegationId))
    .orderBy(asc(registrations.id));
}

/** Whether the delegation still takes changes from its focal point. */
export function beforeDeadline(delegation: Pick<Delegation, "deadline">): boolean {
  return now() <= delegation.deadline;
}

/** A new member, by the public form's rules: the quota place is claimed in the registration's transaction. */
export function registerMember(db: Database, delegation: FocalDelegation, raw: Record<string, unknown>, locale: string) {
  return submitRegistration(db, raw, { eventSlug: delegation.eventSlug, locale, delegation });
}

/**
 * Makes one member the head of delegation, in place of any other: the delegation's row is locked
 * so two focal-point sessions change heads one after the other, and the partial unique index
 * (registrations_delegation_head_key) stands behind it. False for someone not a member.
 */
export async function setHeadOfDelegation(db: Database, delegationId: number, registrationId: number): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    await tx.select({ id: delegations.id }).from(delegations).where(eq(delegations.id, delegationId)).for("update");
    const [member] = await tx
      .select({ id: registrations.id })
      .from(registrations)
      .where(and(eq(registrations.id, registrationId), memberOf(delegationId)));
    if (!member) return false;
    await tx
      .update(registrations)
      .set({ headOfDelegation: false })
      .where(and(eq(registrations.delegationId, delegationId), eq(registrations.headOfDelegation, true)));
    await tx.update(registrations).set({ headOfDelegation: true, updatedAt: now() }).where(eq(registrations.id, member.id));
    return true;
  });
}

export type WithdrawResult = { ok: true; wasHead: boolean } | { ok: false; reason: "deadlinePassed" | "notMember" };

/**
 * Withdraws a member inside the caller's transaction: the registration is cancelled (its quota
 * place, dialogue place and seats given back through releasePlace) and the member is told.
 */
async function withdrawLocked(tx: Executor, delegation: FocalDelegation, registrationId: number): Promise<WithdrawResult> {
  if (!beforeDeadline(delegation)) return { ok: false, reason: "deadlinePassed" };
  const member = await lockRegistration(tx, registrationId);
  const gone = (GONE as readonly string[]).includes(member?.status ?? "cancelled");
  if (!member || member.delegationId !== delegation.id || member.erasedAt || gone) return { ok: false, reason: "notMember" };
  await cancelLockedRegistration(tx, member);
  await tx.update(registrations).set({ headOfDelegation: false }).where(eq(registrations.id, member.id));
  await queueRegistrationEmail(tx, member.id, "cancelled", { dedupeKey: `cancelled:${member.id}` });
  return { ok: true, wasHead: member.headOfDelegation };
}

/** Withdraws a member before the deadline; their place goes back to the delegation. */
export function withdrawMember(db: Database, delegation: FocalDelegation, registrationId: number): Promise<WithdrawResult> {
  return inTransaction(db, (tx) => withdrawLocked(tx, delegation, registrationId));
}

export type ReplaceResult = RegisterResult | { kind: "notMember" };

/** Thrown inside the replacement's transaction to undo the withdrawal when the newcomer is refused. */
class ReplacementRefused extends Error {
  constructor(readonly result: ReplaceResult) {
    super(result.kind);
  }
}

/**
 * Replaces a member: the withdrawal and the newcomer's registration in ONE transaction, so the
 * place freed is the place taken (no other focal-point session can claim it in between), and a
 * refused newcomer (invalid form, address already registered, deadline passed) leaves the old
 * member where they were. The newcomer inherits the head-of-delegation mark.
 */
export async function replaceMember(
  db: Database,
  delegation: FocalDelegation,
  registrationId: number,
  raw: Record<string, unknown>,
  locale: string,
): Promise<ReplaceResult> {
  try {
    return await inTransaction(db, async (tx) => {
      const withdrawn = await withdrawLocked(tx, delegation, registrationId);
      if (!withdrawn.ok) throw new ReplacementRefused({ kind: withdrawn.reason === "notMember" ? "notMember" : "deadlinePassed" });
      // The registration runs in a savepoint of this transaction (drizzle nests transactions).
      const result = await registerMember(tx as unknown as Database, delegation, raw, locale);
      if (result.kind !== "registered" && result.kind !== "waitlisted") throw new ReplacementRefused(result);
      if (withdrawn.wasHead) {
        await tx.update(registrations).set({ headOfDelegation: true }).where(eq(registrations.id, result.registrationId));
      }
      return result;
    });
  } catch (error) {
    if (error instanceof ReplacementRefused) return error.result;
    throw error;
  }
}
