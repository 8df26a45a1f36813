import "server-only";
import { and, asc, count, eq, isNull, or, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { checkIns, type Event, registrations, sessionSignups, sessions } from "@/db/schema";
import type { LocalizedText } from "@/db/schema/localized";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { checkInTokenMatch } from "@/lib/checkin/token-match";
import { zonedDay } from "@/lib/time";
import { checkInTime, type EarlierCheckIn, earlierCheckIn, replayedCheckIn } from "./checkin-record";
import { searchCondition } from "./registrations";

export type CheckInTarget = { token: string } | { registrationId: number };

/** What an offline desk adds to a scan (the online desk gives only `admitWithoutSignup`). */
export type CheckInOptions = {
  /** The device's time of scan: kept as the check-in time when it is sane (see checkInTime). */
  scannedAt?: Date;
  /** The device's label, shown to a later device that scans the same delegate. */
  deviceId?: string;
  /** The scan's id: the same scan sent again finds its check-in and writes nothing. */
  clientId?: string;
  /** Let the delegate into a session they did not sign up for, where the session allows walk-ins. */
  admitWithoutSignup?: boolean;
};

type Delegate = { registrationId: number; name: string; organisation: string };

export type CheckInResult =
  | (Delegate & {
      status: "checkedIn" | "already";
      at: Date;
      by: string | null;
      device: string | null;
      day: string;
      sessionTitle: LocalizedText | null;
      admittedWithoutSignup: boolean;
    })
  | (Delegate & { status: "notSignedUp" | "waitlisted"; sessionTitle: LocalizedText; walkIns: boolean })
  | { status: "notConfirmed"; registrationId: number; name: string; registrationStatus: string }
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
 * Records that a delegate arrived at the venue (sessionId null) or entered a session. The unique
 * key (registration, day, session) makes a second scan harmless: it reports the first one, its
 * time, who and which device. At a session, only delegates with a confirmed seat get in, unless
 * staff admit them anyway and the session allows walk-ins (then the check-in says so).
 */
export async function checkIn(
  db: Database,
  actor: AuditActor,
  event: Event,
  target: CheckInTarget,
  sessionId: number | null,
  options: CheckInOptions = {},
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
  if (delegate.status !== "confirmed") {
    return { status: "notConfirmed", registrationId: delegate.id, name, registrationStatus: delegate.status };
  }
  const who: Delegate = { registrationId: delegate.id, name, organisation: delegate.organisation };
  const at = checkInTime(event, options.scannedAt);
  let day = zonedDay(at, event.timeZone);
  let session: { title: LocalizedText; walkIns: boolean } | null = null;
  if (sessionId !== null) {
    const [row] = await db
      .select({ startsAt: sessions.startsAt, title: sessions.title, walkIns: sessions.walkIns })
      .from(sessions)
      .where(and(eq(sessions.id, sessionId), eq(sessions.eventId, event.id)));
    if (!row) return { status: "badSession" };
    day = zonedDay(row.startsAt, event.timeZone);
    session = row;
  }
  const place = { registrationId: delegate.id, day, sessionId };
  const sessionTitle = session?.title ?? null;
  const answer = (status: "checkedIn" | "already", row: EarlierCheckIn): CheckInResult => ({ status, ...who, ...row, sessionTitle });
  // "checkedIn" names nobody (the desk that asked did it), the first time and on a replay alike.
  const replayed = (row: EarlierCheckIn) => answer("checkedIn", { ...row, by: null });
  return inTransaction(db, async (tx) => {
    // A scan sent again (a retried sync): the same answer as the first time, nothing written.
    let clientId = options.clientId ?? null;
    if (clientId) {
      const replay = await replayedCheckIn(tx, clientId, place);
      if (replay && replay !== "other") return replayed(replay);
      if (replay === "other") clientId = null; // the id of another scan: not this one's to reuse
    }
    let admittedWithoutSignup = false;
    if (sessionId !== null && session) {
      const [signup] = await tx
        .select({ status: sessionSignups.status })
        .from(sessionSignups)
        .where(and(eq(sessionSignups.registrationId, delegate.id), eq(sessionSignups.sessionId, sessionId)));
      if (signup?.status !== "confirmed") {
        if (!(options.admitWithoutSignup && session.walkIns)) {
          // Someone let them in already (admitted anyway): that is what the desk needs to know.
          const earlier = await earlierCheckIn(tx, place);
          if (earlier) return answer("already", earlier);
          const status = signup?.status === "waitlisted" ? "waitlisted" : "notSignedUp";
          return { status, ...who, sessionTitle: session.title, walkIns: session.walkIns };
        }
        admittedWithoutSignup = true;
      }
    }
    const deviceId = options.deviceId ?? null;
    const [created] = await tx
      .insert(checkIns)
      .values({ ...place, checkedInAt: at, checkedInById: actor?.id ?? null, deviceId, clientId, admittedWithoutSignup })
      .onConflictDoNothing()
      .returning();
    if (created) {
      await recordAudit(tx, actor, {
        action: admittedWithoutSignup ? "checkin.admitWithoutSignup" : "checkin.create",
        entityType: "registration",
        entityId: delegate.id,
        eventId: event.id,
        after: { checkInId: created.id, day, sessionId, at: created.checkedInAt, deviceId, admittedWithoutSignup },
      });
      return answer("checkedIn", { day, at: created.checkedInAt, by: null, device: deviceId, admittedWithoutSignup });
    }
    // Another desk got there first, or this very scan is being sent twice at once.
    if (clientId) {
      const replay = await replayedCheckIn(tx, clientId, place);
      if (replay && replay !== "other") return replayed(replay);
    }
    const earlier = await earlierCheckIn(tx, place);
    // Only a scan id taken meanwhile by another scan leaves no check-in here: nothing to report.
    return earlier ? answer("already", earlier) : { status: "unknown" };
  });
}

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

/** Delegates of the event whose name, email or organisation contains the text (the desk's search). */
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

/**
 * Live attendance: per session, confirmed seats and check-ins (of which admitted without sign-up);
 * per day, arrivals at the venue.
 */
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
      admittedWithoutSignup: count(sql`case when ${checkIns.admittedWithoutSignup} then 1 end`),
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
