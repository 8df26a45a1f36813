import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { events, registrations, sessionSignups, sessions } from "@/db/schema";
import { now } from "@/lib/clock";
import { enqueueOpsEmail } from "@/lib/email/templates/organisers";

/**
 * Moves the last `count` confirmed sign-ups of a locked session back to the waiting list (an
 * organiser's explicit decision when lowering capacity). They keep their place ahead of people
 * who joined the list after they were confirmed.
 */
export async function demoteLatestConfirmed(tx: Transaction, sessionId: number, count: number): Promise<number[]> {
  if (count <= 0) return [];
  const latest = await tx
    .select({
      signupId: sessionSignups.id,
      confirmedAt: sessionSignups.confirmedAt,
      createdAt: sessionSignups.createdAt,
      id: registrations.id,
      email: registrations.email,
      givenName: registrations.givenName,
      locale: registrations.locale,
      preferredLanguage: registrations.preferredLanguage,
    })
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
    .select({ title: sessions.title, eventTitle: events.title, contactEmail: events.contactEmail })
    .from(sessions)
    .innerJoin(events, eq(events.id, sessions.eventId))
    .where(eq(sessions.id, sessionId));
  for (const delegate of latest) {
    await enqueueOpsEmail(tx, "movedToWaitlist", delegate, {
      eventTitle: row!.eventTitle,
      sessionTitle: row!.title,
      replyTo: row!.contactEmail,
    });
  }
  return latest.map((s) => s.signupId);
}
