import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { events, registrations, sessionSignups, sessions, themes } from "@/db/schema";
import { seesRemoteLink } from "@/lib/hybrid/remote-access";
import { calendarFor } from "./calendar";

/**
 * The .ics of a confirmed registration's sessions, in `locale` (for downloads and emails); null
 * for a registration that is not (or no longer) confirmed.
 */
export async function registrationCalendar(db: Executor, registrationId: number, locale: string) {
  const [row] = await db
    .select({ event: events, status: registrations.status, attendance: registrations.attendance })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(registrations.id, registrationId));
  if (row?.status !== "confirmed") return null;
  const signups = await db
    .select({ status: sessionSignups.status, session: sessions, themeName: themes.name })
    .from(sessionSignups)
    .innerJoin(sessions, eq(sessions.id, sessionSignups.sessionId))
    .leftJoin(themes, eq(themes.id, sessions.themeId))
    .where(and(eq(sessionSignups.registrationId, registrationId), eq(sessionSignups.status, "confirmed")))
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
  const withThemes = signups.map(({ themeName, ...s }) => ({ ...s, theme: themeName ? { name: themeName } : null }));
  return calendarFor(row.event, withThemes, locale, seesRemoteLink(row, row.event));
}
