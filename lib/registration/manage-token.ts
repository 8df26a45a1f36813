import "server-only";
import { and, eq, or } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { registrations } from "@/db/schema";
import { now } from "@/lib/clock";
import { queueRegistrationEmail } from "@/lib/email/templates/registration";
import { hashToken, newToken } from "@/lib/tokens";

/**
 * The registration a secret manage link opens (erased ones open nothing). Two links may work: the
 * current one and a newer one sent on request; the first use of the newer one makes it the only one.
 */
export async function findRegistrationByToken(db: Executor, token: string) {
  if (!token || token.length > 200) return null;
  const hash = hashToken(token);
  const [row] = await db
    .select()
    .from(registrations)
    .where(or(eq(registrations.manageTokenHash, hash), eq(registrations.pendingManageTokenHash, hash)))
    .limit(1);
  if (!row || row.erasedAt) return null;
  if (row.pendingManageTokenHash !== hash) return row;
  // The guard on the pending hash makes two simultaneous first uses agree: one promotes, both open.
  await db
    .update(registrations)
    .set({ manageTokenHash: hash, pendingManageTokenHash: null })
    .where(and(eq(registrations.id, row.id), eq(registrations.pendingManageTokenHash, hash)));
  return { ...row, manageTokenHash: hash, pendingManageTokenHash: null };
}

/**
 * Sends a delegate a new personal link (lost link, duplicate registration, organiser's resend).
 * Only hashes are stored, so the old link cannot be sent again; the new one is stored beside it and
 * the old keeps working until the new one is used: a request typed by someone else never locks the
 * delegate out. A later request replaces the unused newer link, never the working one.
 */
export async function sendFreshManageLink(tx: Executor, registrationId: number): Promise<void> {
  const manageToken = newToken();
  const tokenHash = hashToken(manageToken);
  await tx.update(registrations).set({ pendingManageTokenHash: tokenHash, updatedAt: now() }).where(eq(registrations.id, registrationId));
  // One message per token: the newest email always holds a working link.
  await queueRegistrationEmail(tx, registrationId, "manageLink", {
    manageToken,
    dedupeKey: `manage-link:${registrationId}:${tokenHash.slice(0, 16)}`,
  });
}
