import "server-only";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { delegations, registrations } from "@/db/schema";

/**
 * A delegation's places, claimed and given back inside the transaction that adds or withdraws the
 * member. One conditional UPDATE: under concurrency the row lock orders the claims and the
 * condition refuses the one past the quota (the check constraint stands behind it).
 */
export async function claimDelegationPlace(tx: Executor, delegationId: number): Promise<boolean> {
  const claimed = await tx
    .update(delegations)
    .set({ placesUsed: sql`${delegations.placesUsed} + 1` })
    .where(and(eq(delegations.id, delegationId), lt(delegations.placesUsed, delegations.quota)))
    .returning({ id: delegations.id });
  return claimed.length === 1;
}

export async function releaseDelegationPlace(tx: Executor, delegationId: number): Promise<void> {
  await tx
    .update(delegations)
    .set({ placesUsed: sql`${delegations.placesUsed} - 1` })
    .where(and(eq(delegations.id, delegationId), gt(delegations.placesUsed, 0)));
}

/** Gives back the quota place of a registration that stops holding one (no-op for a non-member). */
export async function releaseDelegationPlaceOf(tx: Executor, registrationId: number): Promise<void> {
  await tx
    .update(delegations)
    .set({ placesUsed: sql`${delegations.placesUsed} - 1` })
    .where(
      and(
        gt(delegations.placesUsed, 0),
        eq(delegations.id, sql`(select ${registrations.delegationId} from ${registrations} where ${registrations.id} = ${registrationId})`),
      ),
    );
}
