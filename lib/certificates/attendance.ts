import "server-only";
import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { checkIns, type Event, registrations, sessions } from "@/db/schema";
import { zonedDay } from "@/lib/time";

/**
 * Who may have a certificate of attendance, and what it lists. The rule, in one place for the
 * manage link, the organisers' single download and the bulk email:
 * - the dialogue has ended: its last day is over in its own time zone (`at` is the app's clock);
 * - the registration is confirmed (a cancelled or erased one never has one, whatever it attended);
 * - it was checked in at least once, at the door or in a session (lib/dashboard/checkin.ts).
 */

/** Whether the dialogue's last day is over at `at`, in the dialogue's zone. */
export function dialogueEnded(event: Pick<Event, "endDate" | "timeZone">, at: Date): boolean {
  return zonedDay(at, event.timeZone) > event.endDate;
}

/** The SQL condition of a registration of `eventId` that may have a certificate (the dialogue's end aside). */
export function attendedCondition(eventId: number) {
  return and(
    eq(registrations.eventId, eventId),
    eq(registrations.status, "confirmed"),
    isNull(registrations.erasedAt),
    isNull(registrations.cancelledAt),
    sql`exists (select 1 from ${checkIns} where ${checkIns.registrationId} = ${registrations.id})`,
  );
}

export type Attendance = {
  /** Days attended (YYYY-MM-DD, in the dialogue's zone), in order: at the door or in a session. */
  days: string[];
  /** Sessions checked into, in programme order. */
  sessions: { title: Event["title"]; startsAt: Date }[];
};

/** What one registration attended, from its check-ins. */
export async function attendanceOf(db: Executor, registrationId: number): Promise<Attendance> {
  const rows = await db
    .select({ day: checkIns.day, sessionId: checkIns.sessionId })
    .from(checkIns)
    .where(eq(checkIns.registrationId, registrationId))
    .orderBy(asc(checkIns.day));
  const attended = await db
    .select({ title: sessions.title, startsAt: sessions.startsAt })
    .from(checkIns)
    .innerJoin(sessions, eq(sessions.id, checkIns.sessionId))
    .where(and(eq(checkIns.registrationId, registrationId), isNotNull(checkIns.sessionId)))
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
  return { days: [...new Set(rows.map((row) => row.day))], sessions: attended };
}

export type Eligibility =
  | { status: "eligible"; attendance: Attendance }
  /** The dialogue has not ended yet: ask again after its last day. */
  | { status: "notYet" }
  /** Never checked in, cancelled, or otherwise without a place: no certificate. */
  | { status: "notAttended" };

/** Whether `registration` may have its certificate at `at`, and what it attended. */
export async function certificateEligibility(
  db: Executor,
  event: Pick<Event, "id" | "endDate" | "timeZone">,
  registrationId: number,
  at: Date,
): Promise<Eligibility> {
  if (!dialogueEnded(event, at)) return { status: "notYet" };
  const [row] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.id, registrationId), attendedCondition(event.id)));
  if (!row) return { status: "notAttended" };
  return { status: "eligible", attendance: await attendanceOf(db, registrationId) };
}
