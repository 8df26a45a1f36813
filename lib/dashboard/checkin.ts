import "server-only";
import { and, asc, count, eq, isNull, or } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { checkIns, type Event, registrations, sessions, users } from "@/db/schema";
import type { LocalizedText } from "@/db/schema/localized";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { checkInTokenMatch } from "@/lib/checkin/token-match";
import { now } from "@/lib/clock";
import { zonedDay } from "@/lib/time";
import { searchCondition } from "./registrations";

export type CheckInTarget = { token: string } | { registrationId: number };

export type CheckInResult =
  | {
      status: "checkedIn" | "already";
      name: string;
      organisation: string;
      at: Date;
      by: string | null;
      day: string;
      sessionTitle: LocalizedText | null;
    }
  | { status: "notConfirmed"; name: string; registrationStatus: string }
  | { status: "unknown" | "badSession" };

/** What the desk shows of a delegate. */
const deskDelegate = {
  id: registrations.id,
  givenName: registrations.givenName,
  familyName: registrations.familyName,
  organisation: registrations.organisation,
  status: registrations.status,
};

/**
 * Records that a delegate arrived at the venue today (sessionId null) or entered a session. The
 * unique key (registration, day, session) makes a second scan harmless: it reports the first one.
 */
export async function checkIn(
  db: Database,
  actor: AuditActor,
  event: Event,
  target: CheckInTarget,
  sessionId: number | null,
): Promise<CheckInResult> {
  // A signed code (verified here) or an old opaque token; a forged code or another dialogue's matches nothing.
  const match = "token" in target ? await checkInTokenMatch(event.id, target.token) : eq(registrations.id, target.registrationId);
  if (!match) return { status: "unknown" };
  const [delegate] = await db
    .select(deskDelegate)
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), match));
  if (!delegate) return { status: "unknown" };
  const name = `${delegate.givenName} ${delegate.familyName}`;
  if (delegate.status !== "confirmed") return { status: "notConfirmed", name, registrationStatus: delegate.status };
  let day = zonedDay(now(), event.timeZone);
  let sessionTitle: LocalizedText | null = null;
  if (sessionId !== null) {
    const [session] = await db
      .select({ startsAt: sessions.startsAt, title: sessions.title })
      .from(sessions)
      .where(and(eq(sessions.id, sessionId), eq(sessions.eventId, event.id)));
    if (!session) return { status: "badSession" };
    day = zonedDay(session.startsAt, event.timeZone);
    sessionTitle = session.title;
  }
  return inTransaction(db, async (tx) => {
    const [created] = await tx
      .insert(checkIns)
      .values({ registrationId: delegate.id, day, sessionId, checkedInAt: now(), checkedInById: actor?.id ?? null })
      .onConflictDoNothing()
      .returning();
    if (created) {
      await recordAudit(tx, actor, {
        action: "checkin.create",
        entityType: "registration",
        entityId: delegate.id,
        eventId: event.id,
        after: { checkInId: created.id, day, sessionId },
      });
      return {
        status: "checkedIn",
        name,
        organisation: delegate.organisation,
        at: created.checkedInAt,
        by: null,
        day,
        sessionTitle,
      } as const;
    }
    const [earlier] = await tx
      .select({ at: checkIns.checkedInAt, by: users.name })
      .from(checkIns)
      .leftJoin(users, eq(users.id, checkIns.checkedInById))
      .where(
        and(
          eq(checkIns.registrationId, delegate.id),
          eq(checkIns.day, day),
          sessionId === null ? isNull(checkIns.sessionId) : eq(checkIns.sessionId, sessionId),
        ),
      );
    return {
      status: "already",
      name,
      organisation: delegate.organisation,
      at: earlier!.at,
      by: earlier!.by ?? null,
      day,
      sessionTitle,
    } as const;
  });
}

/** Delegates of the event whose name, email or organisation contains the text (the desk's search). */
/** The sessions a check-in desk may be placed at, in programme order. */
export async function checkInPlaces(db: Executor, eventId: number) {
  return db
    .select({ id: sessions.id, title: sessions.title, startsAt: sessions.startsAt })
    .from(sessions)
    .where(eq(sessions.eventId, eventId))
    .orderBy(sessions.startsAt, sessions.id);
}

/** How many have checked in at a session, or at the venue on `day` (YYYY-MM-DD) when no session is given. */
export async function checkedInCount(db: Executor, eventId: number, place: { sessionId: number } | { day: string }): Promise<number> {
  const [row] =
    "sessionId" in place
      ? await db.select({ value: count() }).from(checkIns).where(eq(checkIns.sessionId, place.sessionId))
      : await db
          .select({ value: count() })
          .from(checkIns)
          .innerJoin(registrations, eq(registrations.id, checkIns.registrationId))
          .where(and(eq(registrations.eventId, eventId), eq(checkIns.day, place.day), isNull(checkIns.sessionId)));
  return row?.value ?? 0;
}

export async function searchDelegates(db: Executor, eventId: number, text: string, limit = 20) {
  return db
    .select(deskDelegate)
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, eventId),
        searchCondition(text),
        or(eq(registrations.status, "confirmed"), eq(registrations.status, "pending")),
      ),
    )
    .orderBy(registrations.sortName, registrations.id)
    .limit(limit);
}

/** Live attendance: per session, confirmed seats and check-ins; per day, arrivals at the venue. */
export async function attendance(db: Executor, eventId: number) {
  const perSession = await db
    .select({
      id: sessions.id,
      title: sessions.title,
      startsAt: sessions.startsAt,
      room: sessions.room,
      capacity: sessions.capacity,
      confirmed: sessions.seatsTaken,
      checkedIn: count(checkIns.id),
    })
    .from(sessions)
    .leftJoin(checkIns, eq(checkIns.sessionId, sessions.id))
    .where(eq(sessions.eventId, eventId))
    .groupBy(sessions.id)
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
  const perDay = await db
    .select({ day: checkIns.day, checkedIn: count(checkIns.id) })
    .from(checkIns)
    .innerJoin(registrations, eq(registrations.id, checkIns.registrationId))
    .where(and(eq(registrations.eventId, eventId), isNull(checkIns.sessionId)))
    .groupBy(checkIns.day)
    .orderBy(checkIns.day);
  return { perSession, perDay };
}
