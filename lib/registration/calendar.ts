import "server-only";
import type { Event, Session } from "@/db/schema";
import type { LocalizedText } from "@/db/schema/localized";
import { sessionRemoteLink } from "@/lib/hybrid/modes";
import { resolvedStream, sessionsCalendar } from "@/lib/programme/calendar";

export type CalendarSignup = { status: "confirmed" | "waitlisted" | "cancelled"; session: Session; theme: { name: LocalizedText } | null };

/**
 * The .ics of a delegate's confirmed sessions (waiting-list places are not in their calendar), each
 * entry exactly as in the public programme — same UID, SEQUENCE, URL and stream link — so that
 * importing both never duplicates a session. No confirmed session: the dialogue itself. `remote`:
 * the delegate may see the private video links (lib/hybrid/remote-access.ts), which then appear.
 */
export function calendarFor(event: Event, signups: CalendarSignup[], locale: string, remote = false) {
  const sessions = signups
    .filter((s) => s.status === "confirmed")
    .map(({ session, theme }) => ({
      ...session,
      theme,
      streamUrl: resolvedStream(session, event),
      remoteLink: remote ? sessionRemoteLink(session, event) : null,
    }));
  return { filename: `${event.slug}.ics`, ics: sessionsCalendar(event, sessions, locale, remote ? event.remoteLink : null) };
}
