import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { events, registrations, sessionSignups, sessions } from "@/db/schema";
import { now } from "@/lib/clock";
import { enqueueOpsEmail } from "./emails";

/**
 * Fills a session's free seats from its waiting list, first come first served, inside the
 * caller's transaction. The session row is locked first, so two transactions never hand out the
 * same seat; delegates who meanwhile hold a confirmed seat in an overlapping session are skipped.
 * (Stands in for lib/registration's fillFreedSeats until that lands.)
 */
export async function promoteFromWaitlist(tx: Transaction, sessionId: number): Promise<number[]> {
  const [session] = await tx.select().from(sessions).where(eq(sessions.id, sessionId)).for("update");
  if (!session) return [];
  const free = session.capacity === null ? null : session.capacity - session.seatsTaken;
  if (free !== null && free <= 0) return [];
  const overlapping = sql`exists (select 1 from ${sessionSignups} other
      join ${sessions} other_session on other_session.id = other.session_id
      where other.registration_id = ${sessionSignups.registrationId} and other.status = 'confirmed'
        and other_session.id <> ${session.id}
        and other_session.starts_at < ${session.endsAt.toISOString()}::timestamptz and other_session.ends_at > ${session.startsAt.toISOString()}::timestamptz)`;
  const candidates = await tx
    .select({ signupId: sessionSignups.id, id: registrations.id, email: registrations.email, givenName: registrations.givenName, locale: registrations.locale })
    .from(sessionSignups)
    .innerJoin(registrations, eq(registrations.id, sessionSignups.registrationId))
    .where(
      and(
        eq(sessionSignups.sessionId, sessionId),
        eq(sessionSignups.status, "waitlisted"),
        inArray(registrations.status, ["pending", "confirmed"]),
        sql`not ${overlapping}`,
      ),
    )
    .orderBy(sessionSignups.waitlistedAt, sessionSignups.id)
    .limit(free ?? 1_000_000)
    .for("update", { of: sessionSignups });
  if (candidates.length === 0) return [];
  const at = now();
  await tx
    .update(sessionSignups)
    .set({ status: "confirmed", confirmedAt: at, waitlistedAt: null, updatedAt: at })
    .where(inArray(sessionSignups.id, candidates.map((c) => c.signupId)));
  await tx
    .update(sessions)
    .set({ seatsTaken: sql`${sessions.seatsTaken} + ${candidates.length}`, updatedAt: at })
    .where(eq(sessions.id, sessionId));
  const [event] = await tx.select({ title: events.title }).from(events).where(eq(events.id, session.eventId));
  for (const delegate of candidates) {
    await enqueueOpsEmail(tx, "promoted", delegate, {
      eventTitle: event!.title,
      sessionTitle: session.title,
      dedupeKey: `promoted:${delegate.signupId}:${at.getTime()}`,
    });
  }
  return candidates.map((c) => c.signupId);
}

/**
 * Moves the last `count` confirmed sign-ups of a locked session back to the waiting list (an
 * organiser's explicit decision when lowering capacity). They keep their place ahead of people
 * who joined the list after they were confirmed.
 */
export async function demoteLatestConfirmed(tx: Transaction, sessionId: number, count: number): Promise<number[]> {
  if (count <= 0) return [];
  const latest = await tx
    .select({ signupId: sessionSignups.id, confirmedAt: sessionSignups.confirmedAt, createdAt: sessionSignups.createdAt, id: registrations.id, email: registrations.email, givenName: registrations.givenName, locale: registrations.locale })
    .from(sessionSignups)
    .innerJoin(registrations, eq(registrations.id, sessionSignups.registrationId))
    .where(and(eq(sessionSignups.sessionId, sessionId), eq(sessionSignups.status, "confirmed")))
    .orderBy(desc(sessionSignups.confirmedAt), desc(sessionSignups.id))
    .limit(count)
    .for("update", { of: sessionSignups });
  const at = now();
  for (const signup of latest) {
    await tx
      .update(sessionSignups)
      .set({ status: "waitlisted", waitlistedAt: signup.confirmedAt ?? signup.createdAt, confirmedAt: null, updatedAt: at })
      .where(eq(sessionSignups.id, signup.signupId));
  }
  await tx
    .update(sessions)
    .set({ seatsTaken: sql`${sessions.seatsTaken} - ${latest.length}`, updatedAt: at })
    .where(eq(sessions.id, sessionId));
  const [row] = await tx
    .select({ title: sessions.title, eventTitle: events.title })
    .from(sessions)
    .innerJoin(events, eq(events.id, sessions.eventId))
    .where(eq(sessions.id, sessionId));
  for (const delegate of latest) {
    await enqueueOpsEmail(tx, "movedToWaitlist", delegate, { eventTitle: row!.eventTitle, sessionTitle: row!.title });
  }
  return latest.map((s) => s.signupId);
}
