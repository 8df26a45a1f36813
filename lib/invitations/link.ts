import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { type Invitee, invitees } from "@/db/schema";
import { now } from "@/lib/clock";
import { hashToken } from "@/lib/tokens";

/** Anything that could not be one of our tokens (newToken: 43 URL-safe characters) is no link. */
export function invitationTokenOf(value: unknown): string | null {
  return typeof value === "string" && /^[A-Za-z0-9_-]{20,200}$/.test(value) ? value : null;
}

/** The invitee a link opens on the registration page (to prefill the form); null when it is dead. */
export async function findOpenInvitation(db: Executor, eventId: number, token: string | null) {
  if (!token) return null;
  const [invitee] = await db
    .select()
    .from(invitees)
    .where(and(eq(invitees.eventId, eventId), eq(invitees.tokenHash, hashToken(token)), isNull(invitees.usedAt)));
  return invitee ?? null;
}

/**
 * Uses the link up, inside the registration's transaction: the guarded update (still unused) lets
 * exactly one of two registrations racing with one link through; the other sees it used.
 */
export async function consumeInvitation(tx: Executor, eventId: number, token: string): Promise<number | null> {
  const [used] = await tx
    .update(invitees)
    .set({ usedAt: now() })
    .where(and(eq(invitees.eventId, eventId), eq(invitees.tokenHash, hashToken(token)), isNull(invitees.usedAt)))
    .returning({ id: invitees.id });
  return used?.id ?? null;
}

/** Ties the used invitation to the registration it made (same transaction). */
export async function linkInvitation(tx: Executor, inviteeId: number, registrationId: number): Promise<void> {
  await tx.update(invitees).set({ registrationId }).where(eq(invitees.id, inviteeId));
}

/** The registration form's fields an invitation fills in (the delegate may change them). */
export function invitationPrefill(invitee: Invitee): Record<string, string> {
  // One "name" column: the first word as given name, the rest as family name.
  const [givenName = "", ...family] = invitee.name.trim().split(/\s+/);
  return {
    givenName,
    familyName: family.join(" "),
    email: invitee.email,
    organisation: invitee.organisation ?? "",
    stakeholderGroup: invitee.stakeholderGroup ?? "",
    preferredLanguage: invitee.preferredLanguage,
  };
}
