import "server-only";
import { and, asc, eq, inArray, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { registrations, sessionSignups, sessions } from "@/db/schema";
import { now } from "@/lib/clock";
import { queueRegistrationEmail } from "@/lib/email/templates/registration";
import { liveRegistration } from "./live";

export type SeatOutcome = "confirmed" | "waitlisted";

/**
 * Signs a registration up for a session inside the caller's transaction: a seat when one is free
 * (guarded update, so concurrent claims can never exceed the capacity), otherwise the waiting list
 * in arrival order. Call it for sessions in ascending id order to keep lock order stable.
 */
export async function claimSeat(tx: Executor, registrationId: number, sessionId: number): Promise<SeatOutcome> {
  let seated = await takeSeat(tx, sessionId);
  if (!seated) {
    // Hold the session row while joining the waiting list, so a seat freed at this moment is either
    // seen here or, after we commit, offered by its canceller to the list that then includes us.
    await tx.select({ id: sessions.id }).from(sessions).where(eq(sessions.id, sessionId)).for("update");
    seated = await takeSeat(tx, sessionId);
  }
  const at = now();
  const status: SeatOutcome = seated ? "confirmed" : "waitlisted";
  const values = {
    status,
    confirmedAt: seated ? at : null,
    waitlistedAt: seated ? null : at,
    cancelledAt: null,
    updatedAt: at,
  };
  await tx
    .insert(sessionSignups)
    .values({ registrationId, sessionId, ...values, createdAt: at })
    .onConflictDoUpdate({ target: [sessionSignups.registrationId, sessionSignups.sessionId], set: values });
  return status;
}

async function takeSeat(tx: Executor, sessionId: number): Promise<boolean> {
  const taken = await tx
    .update(sessions)
    .set({ seatsTaken: sql`${sessions.seatsTaken} + 1` })
    .where(and(eq(sessions.id, sessionId), or(isNull(sessions.capacity), lt(sessions.seatsTaken, sessions.capacity))))
    .returning({ id: sessions.id });
  return taken.length > 0;
}

/**
 * Cancels one sign-up; a confirmed one gives its seat back and the next people on the waiting list
 * are promoted in the same transaction. Returns whether anything changed.
 */
export async function releaseSignup(tx: Executor, registrationId: number, sessionId: number): Promise<boolean> {
  const at = now();
  const [before] = await tx
    .select({ status: sessionSignups.status })
    .from(sessionSignups)
    .where(and(eq(sessionSignups.registrationId, registrationId), eq(sessionSignups.sessionId, sessionId)))
    .for("update");
  if (!before || before.status === "cancelled") return false;
  await tx
    .update(sessionSignups)
    .set({ status: "cancelled", cancelledAt: at, waitlistedAt: null, updatedAt: at })
    .where(and(eq(sessionSignups.registrationId, registrationId), eq(sessionSignups.sessionId, sessionId)));
  if (before.status === "confirmed") {
    await tx
      .update(sessions)
      .set({ seatsTaken: sql`${sessions.seatsTaken} - 1` })
      .where(eq(sessions.id, sessionId));
    await fillFreedSeats(tx, sessionId);
  }
  return true;
}

/**
 * The one waiting-list refill: gives a session's free seats to its waiting list, first come first
 * served, in the caller's transaction (session row locked, then the chosen sign-ups), and queues a
 * "you have a seat" email for each promoted delegate. Every path that frees a seat ends here:
 * releaseSignup (a delegate's or an organiser's cancellation, a decline, an expired hold, an erasure,
 * a change of sessions) and saveSession (a capacity raised). Returns the promoted sign-up ids.
 */
export async function fillFreedSeats(tx: Executor, sessionId: number): Promise<number[]> {
  const [session] = await tx
    .select({ capacity: sessions.capacity, seatsTaken: sessions.seatsTaken })
    .from(sessions)
    .where(eq(sessions.id, sessionId))
    .for("update");
  if (!session) return [];
  const free = session.capacity == null ? Number.MAX_SAFE_INTEGER : session.capacity - session.seatsTaken;
  if (free <= 0) return [];
  const next = await tx
    .select({ id: sessionSignups.id, registrationId: sessionSignups.registrationId, status: registrations.status })
    .from(sessionSignups)
    .innerJoin(registrations, eq(registrations.id, sessionSignups.registrationId))
    .where(
      and(
        eq(sessionSignups.sessionId, sessionId),
        eq(sessionSignups.status, "waitlisted"),
        // An unconfirmed delegate may be promoted: the seat is then held until their hold runs out.
        liveRegistration(now()),
      ),
    )
    .orderBy(asc(sessionSignups.waitlistedAt), asc(sessionSignups.id))
    .limit(Math.min(free, 10_000))
    .for("update", { of: sessionSignups });
  if (next.length === 0) return [];
  const at = now();
  await tx
    .update(sessionSignups)
    .set({ status: "confirmed", confirmedAt: at, waitlistedAt: null, updatedAt: at })
    .where(
      inArray(
        sessionSignups.id,
        next.map((row) => row.id),
      ),
    );
  await tx
    .update(sessions)
    .set({ seatsTaken: sql`${sessions.seatsTaken} + ${next.length}` })
    .where(eq(sessions.id, sessionId));
  for (const promoted of next) {
    // A pending or unconfirmed registration keeps its seat silently; its next email lists it.
    if (promoted.status !== "confirmed") continue;
    await queueRegistrationEmail(tx, promoted.registrationId, "promoted", {
      sessionId,
      dedupeKey: `promoted:${promoted.id}:${at.getTime()}`,
    });
  }
  return next.map((row) => row.id);
}

/** Gives back every seat of a registration (ascending session order) and fills them from the lists. */
export async function releaseAllSignups(tx: Executor, registrationId: number): Promise<void> {
  const active = await tx
    .select({ sessionId: sessionSignups.sessionId })
    .from(sessionSignups)
    .where(and(eq(sessionSignups.registrationId, registrationId), ne(sessionSignups.status, "cancelled")))
    .orderBy(asc(sessionSignups.sessionId));
  for (const { sessionId } of active) await releaseSignup(tx, registrationId, sessionId);
}
