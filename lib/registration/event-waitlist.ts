import "server-only";
import { and, asc, count, eq, lte } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { events, registrations, sessionSignups } from "@/db/schema";
import { now } from "@/lib/clock";
import { releaseDelegationPlaceOf } from "@/lib/delegations/quota";
import { queueRegistrationEmail } from "@/lib/email/templates/registration";
import { ATTENDANCE_MODES, type AttendanceMode, capacityFor } from "@/lib/hybrid/modes";
import { hashToken, newToken } from "@/lib/tokens";
import { activeRegistrationCount } from "./catalogue";
import { claimSeat, releaseAllSignups } from "./seats";

/**
 * The dialogue's waiting list. When the overall capacity is reached a new registration is
 * `waitlisted`: it holds no place and claims no seat (its chosen sessions are recorded as waitlisted
 * sign-ups that no session list promotes, since the registration is not live). Its place in line is
 * its arrival order (registration id: ids are taken under the lock on the event row). Whenever a
 * place frees up (cancellation, decline, expired hold, capacity raised) the next in line is
 * promoted in the same transaction: it becomes an `unconfirmed` hold with a fresh hold time, its
 * sessions are claimed afresh (a seat, or the end of that session's list) and it gets an email
 * with a new personal link to confirm.
 *
 * Lock order, everywhere: registration row (when the path starts from one), event row, then
 * session rows. Registering takes the event row first and never waits on a registration row.
 */

/** Locks a dialogue's row: every change to who holds its places queues here. */
export async function lockEventRow(tx: Executor, eventId: number) {
  const [event] = await tx.select().from(events).where(eq(events.id, eventId)).for("update");
  return event ?? null;
}

/** 1-based place of a waitlisted registration in its dialogue's line (in-person and remote delegates wait in lines of their own). */
export async function waitlistPosition(
  db: Executor,
  registration: { id: number; eventId: number; attendance: AttendanceMode },
): Promise<number> {
  const [row] = await db
    .select({ ahead: count() })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, registration.eventId),
        eq(registrations.status, "waitlisted"),
        eq(registrations.attendance, registration.attendance),
        lte(registrations.id, registration.id),
      ),
    );
  return row?.ahead ?? 1;
}

/** Records a waitlisted registration's chosen sessions without claiming a seat. */
export async function recordWaitingSignups(tx: Executor, registrationId: number, sessionIds: number[]): Promise<void> {
  if (sessionIds.length === 0) return;
  const at = now();
  await tx.insert(sessionSignups).values(
    sessionIds.map((sessionId) => ({
      registrationId,
      sessionId,
      status: "waitlisted" as const,
      waitlistedAt: at,
      createdAt: at,
      updatedAt: at,
    })),
  );
}

/**
 * Gives a dialogue's free places to its waiting lists (in-person places to the in-person line,
 * remote places to the remote one), first come first served, inside the caller's transaction
 * (event row locked first). Returns the promoted registration ids.
 */
export async function fillEventPlaces(tx: Executor, eventId: number): Promise<number[]> {
  const event = await lockEventRow(tx, eventId);
  if (!event) return [];
  const promoted: number[] = [];
  for (const attendance of ATTENDANCE_MODES) {
    const capacity = capacityFor(event, attendance);
    // Again while places are free: a row cancelled while we waited for its lock is passed over by
    // the locking read (it no longer matches), and the next in line takes its turn.
    for (;;) {
      const at = now();
      const free = capacity == null ? 10_000 : capacity - (await activeRegistrationCount(tx, eventId, at, attendance));
      if (free <= 0) break;
      const next = await tx
        .select({ id: registrations.id })
        .from(registrations)
        .where(and(eq(registrations.eventId, eventId), eq(registrations.status, "waitlisted"), eq(registrations.attendance, attendance)))
        .orderBy(asc(registrations.id))
        .limit(Math.min(free, 10_000))
        .for("update");
      if (next.length === 0) break;
      for (const { id } of next) await promote(tx, id, new Date(at.getTime() + event.holdMinutes * 60_000));
      promoted.push(...next.map((row) => row.id));
    }
  }
  return promoted;
}

/** One registration leaves the list: a held place, its sessions claimed afresh, an email with a new link. */
async function promote(tx: Executor, id: number, holdExpiresAt: Date): Promise<void> {
  const at = now();
  const manageToken = newToken();
  // The new link works beside the first one (as a "lost link" does) and is in the email below.
  await tx
    .update(registrations)
    .set({ status: "unconfirmed", holdExpiresAt, pendingManageTokenHash: hashToken(manageToken), updatedAt: at })
    .where(eq(registrations.id, id));
  const waiting = await tx
    .select({ sessionId: sessionSignups.sessionId })
    .from(sessionSignups)
    .where(and(eq(sessionSignups.registrationId, id), eq(sessionSignups.status, "waitlisted")))
    .orderBy(asc(sessionSignups.sessionId));
  for (const { sessionId } of waiting) await claimSeat(tx, id, sessionId);
  await queueRegistrationEmail(tx, id, "placeOffered", { manageToken, dedupeKey: `place-offered:${id}:${at.getTime()}` });
}

/**
 * After a locked registration stopped holding its place (its new status is written), gives its
 * seats to the session lists and its place to the dialogue's list. `heldStatus` is its status
 * before: a waitlisted registration held nothing, and must not take the event lock after its own
 * (the promoter takes them the other way round).
 */
export async function releasePlace(tx: Executor, registration: { id: number; eventId: number }, heldStatus: string): Promise<void> {
  const heldPlace = heldStatus === "pending" || heldStatus === "confirmed" || heldStatus === "unconfirmed";
  if (heldPlace) await lockEventRow(tx, registration.eventId);
  // A delegation member's place in its quota (held whatever the status), before the sessions: the
  // same lock order as a registration that claims them (event, delegation, sessions).
  await releaseDelegationPlaceOf(tx, registration.id);
  await releaseAllSignups(tx, registration.id);
  if (heldPlace) await fillEventPlaces(tx, registration.eventId);
}
