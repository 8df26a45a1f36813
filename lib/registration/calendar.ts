import "server-only";
import type { Event, Session } from "@/db/schema";
import type { LocalizedText } from "@/db/schema/localized";
import { resolvedStream, sessionsCalendar } from "@/lib/programme/calendar";

export type CalendarSignup = { status: "confirmed" | "waitlisted" | "cancelled"; session: Session; theme: { name: LocalizedText } | null };

/**
 * The .ics of a delegate's confirmed sessions (waiting-list places are not in their calendar), each
 * entry exactly as in the public programme — same UID, SEQUENCE, URL and stream link — so that
 * importing both never duplicates a session. No confirmed session: the dialogue itself.
 */
export function calendarFor(event: Event, signups: CalendarSignup[], locale: string) {
  const sessions = signups
    .filter((s) => s.status === "confirmed")
    .map(({ session, theme }) => ({ ...session, theme, streamUrl: resolvedStream(session, event) }));
  return { filename: `${event.slug}.ics`, ics: sessionsCalendar(event, sessions, locale) };
}
