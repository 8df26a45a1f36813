import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { events, registrations, sessionSignups, sessions } from "@/db/schema";
import { calendarFor } from "./calendar";

/** The .ics of a registration's confirmed sessions, in `locale` (for downloads and emails). */
export async function registrationCalendar(db: Executor, registrationId: number, locale: string) {
  const [row] = await db
    .select({ event: events, status: registrations.status })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(registrations.id, registrationId));
  if (!row) return null;
  const signups =
    row.status === "confirmed"
      ? await db
          .select({ status: sessionSignups.status, session: sessions })
          .from(sessionSignups)
          .innerJoin(sessions, eq(sessions.id, sessionSignups.sessionId))
          .where(and(eq(sessionSignups.registrationId, registrationId), eq(sessionSignups.status, "confirmed")))
          .orderBy(asc(sessions.startsAt))
      : [];
  return calendarFor(row.event, signups, locale, registrationId);
}
