import type { Programme, ProgrammeSession } from "@/db/queries/programme";
import { type CalendarEntry, buildCalendar } from "@/lib/calendar";
import { localize } from "@/lib/i18n/localize";

/** Translated words the calendar files contain. */
export type CalendarLabels = { stream: string };

/**
 * Calendar entries for sessions: UTC instants (correct in every calendar app, whatever its zone),
 * the stream link as the entry's URL and in its description, the session page otherwise.
 */
export function sessionEntry(
  programme: Programme,
  session: ProgrammeSession,
  locale: string,
  pageBase: string,
  labels: CalendarLabels,
): CalendarEntry {
  const { event } = programme;
  const pageUrl = `${pageBase}/events/${event.slug}/sessions/${session.slug}`;
  const lines = [localize(session.description, locale)];
  if (session.theme) lines.push(localize(session.theme.name, locale));
  if (session.speakers.length > 0) lines.push(session.speakers.map((s) => s.name).join(", "));
  if (session.streamUrl) lines.push(`${labels.stream}: ${session.streamUrl}`);
  lines.push(pageUrl);
  return {
    uid: `${session.slug}.${event.slug}@dialogos`,
    title: `${localize(session.title, locale)} · ${localize(event.title, locale)}`,
    description: lines.filter(Boolean).join("\n\n"),
    location: `${session.room}, ${localize(event.venue, locale)}, ${event.city}`,
    url: session.streamUrl ?? pageUrl,
    start: session.startsAt,
    end: session.endsAt,
    // Changes by organisers bump the modification time, so calendar apps take the update.
    sequence: Math.floor(session.updatedAt.getTime() / 1000) - 1_600_000_000,
  };
}

export function programmeCalendar(programme: Programme, locale: string, pageBase: string, labels: CalendarLabels) {
  return buildCalendar(
    programme.sessions.map((s) => sessionEntry(programme, s, locale, pageBase, labels)),
    { name: localize(programme.event.title, locale) },
  );
}

export function sessionCalendar(
  programme: Programme,
  session: ProgrammeSession,
  locale: string,
  pageBase: string,
  labels: CalendarLabels,
) {
  return buildCalendar([sessionEntry(programme, session, locale, pageBase, labels)], {
    name: localize(programme.event.title, locale),
  });
}
