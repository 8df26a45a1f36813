import "server-only";
import type { Event, Session } from "@/db/schema";
import { buildCalendar } from "@/lib/calendar";
import { localize } from "@/lib/i18n/localize";

type Signup = { status: "confirmed" | "waitlisted" | "cancelled"; session: Session };

/** The .ics of a delegate's confirmed sessions (waiting-list places are not in their calendar). */
export function calendarFor(event: Event, signups: Signup[], locale: string, registrationId: number) {
  const eventTitle = localize(event.title, locale);
  const venue = localize(event.venue, locale);
  const entries = signups
    .filter((s) => s.status === "confirmed")
    .map((s) => ({
      // Stable per registration and session: a new download updates the entry, never duplicates it.
      uid: `registration-${registrationId}-session-${s.session.id}@dialogos`,
      title: localize(s.session.title, locale),
      description: `${eventTitle}\n${localize(s.session.description, locale)}`,
      location: `${s.session.room}, ${venue}, ${event.city}`,
      start: s.session.startsAt,
      end: s.session.endsAt,
    }));
  return { filename: `${event.slug}.ics`, ics: buildCalendar(entries, { name: eventTitle }) };
}
