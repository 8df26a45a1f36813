import "server-only";
import type { Event } from "@/db/schema";
import type { LocalizedText, Speaker } from "@/db/schema/localized";
import { buildCalendar, type CalendarEntry, type CalendarOptions } from "@/lib/calendar";
import { config } from "@/lib/config";
import { localize } from "@/lib/i18n/localize";
import en from "@/lib/i18n/messages/en/programme.json";
import es from "@/lib/i18n/messages/es/programme.json";
import fr from "@/lib/i18n/messages/fr/programme.json";
import pt from "@/lib/i18n/messages/pt/programme.json";

/** What a calendar shows of a session: the public programme's sessions and a delegate's alike. */
export type CalendarSession = {
  id: number;
  slug: string;
  title: LocalizedText;
  description: LocalizedText;
  room: string;
  startsAt: Date;
  endsAt: Date;
  speakers: Speaker[];
  /** The link delegates watch, already resolved (a session's own, else the event's, if streamed). */
  streamUrl: string | null;
  theme: { name: LocalizedText } | null;
  sequence: number;
  updatedAt: Date;
  /** The private video link: only in the personal file of a confirmed remote delegate (lib/hybrid). */
  remoteLink?: string | null;
};

type CalendarEvent = Pick<
  Event,
  "id" | "slug" | "title" | "summary" | "venue" | "city" | "startDate" | "endDate" | "contactEmail" | "updatedAt"
>;

const streamLabels: Record<string, string> = { en: en.stream.link, es: es.stream.link, pt: pt.stream.link, fr: fr.stream.link };
const remoteLabels: Record<string, string> = { en: en.remote.link, es: es.remote.link, pt: pt.remote.link, fr: fr.remote.link };

/** The host part of every UID: the app's own, from APP_URL (never from a request). */
function uidHost(): string {
  return new URL(config().appUrl).hostname;
}

/**
 * One UID per session in every file (public programme, session file, personal file, email), so
 * a calendar app that imports several of them keeps a single entry per session.
 */
export function sessionUid(sessionId: number): string {
  return `session-${sessionId}@${uidHost()}`;
}

function eventUid(eventId: number): string {
  return `event-${eventId}@${uidHost()}`;
}

/** A streamed session without a link of its own uses the event's stream (as the programme does). */
export function resolvedStream(session: { isStreamed: boolean; streamUrl: string | null }, event: { streamUrl: string | null }) {
  return session.isStreamed ? (session.streamUrl ?? event.streamUrl) : null;
}

/** Whoever publishes the dialogue: its contact address, else the address the app sends from. */
function organizer(event: CalendarEvent, locale: string): CalendarOptions["organizer"] {
  const from = config().mailFrom;
  const email = event.contactEmail ?? /<([^>]+)>/.exec(from)?.[1] ?? from;
  return { name: localize(event.title, locale), email };
}

function pageBase(locale: string) {
  return `${config().appUrl}/${locale}`;
}

/**
 * A session's entry, identical in every file: the session page as URL, the stream link in the
 * description, UTC instants, and a SEQUENCE that organisers' edits raise.
 */
function sessionEntry(event: CalendarEvent, session: CalendarSession, locale: string): CalendarEntry {
  const pageUrl = `${pageBase(locale)}/events/${event.slug}/sessions/${session.slug}`;
  const lines = [localize(event.title, locale), localize(session.description, locale)];
  if (session.theme) lines.push(localize(session.theme.name, locale));
  if (session.speakers.length > 0) lines.push(session.speakers.map((s) => s.name).join(", "));
  if (session.streamUrl) lines.push(`${streamLabels[locale] ?? streamLabels.en}: ${session.streamUrl}`);
  if (session.remoteLink) lines.push(`${remoteLabels[locale] ?? remoteLabels.en}: ${session.remoteLink}`);
  lines.push(pageUrl);
  return {
    uid: sessionUid(session.id),
    title: localize(session.title, locale),
    description: lines.filter(Boolean).join("\n\n"),
    location: `${session.room}, ${localize(event.venue, locale)}, ${event.city}`,
    url: pageUrl,
    when: { start: session.startsAt, end: session.endsAt },
    sequence: session.sequence,
    lastModified: session.updatedAt,
  };
}

/** The dialogue itself, all days long: what a delegate with no session gets instead of an empty file. */
function dialogueEntry(event: CalendarEvent, locale: string, remoteLink: string | null): CalendarEntry {
  const pageUrl = `${pageBase(locale)}/events/${event.slug}`;
  const remote = remoteLink ? `${remoteLabels[locale] ?? remoteLabels.en}: ${remoteLink}` : "";
  return {
    uid: eventUid(event.id),
    title: localize(event.title, locale),
    description: [localize(event.summary, locale), remote, pageUrl].filter(Boolean).join("\n\n"),
    location: `${localize(event.venue, locale)}, ${event.city}`,
    url: pageUrl,
    when: { firstDay: event.startDate, lastDay: event.endDate },
    // Events keep no counter: minutes since 2020 only grow, and stay far within SEQUENCE's range.
    sequence: Math.max(0, Math.floor((event.updatedAt.getTime() - Date.UTC(2020, 0, 1)) / 60_000)),
    lastModified: event.updatedAt,
  };
}

/**
 * A calendar of these sessions; with none, the dialogue itself (RFC 5545 wants one component).
 * `remoteLink`: the dialogue's private video link, for a confirmed remote delegate's own file only.
 */
export function sessionsCalendar(
  event: CalendarEvent,
  sessions: CalendarSession[],
  locale: string,
  remoteLink: string | null = null,
): string {
  const entries = sessions.length > 0 ? sessions.map((s) => sessionEntry(event, s, locale)) : [dialogueEntry(event, locale, remoteLink)];
  return buildCalendar(entries, { name: localize(event.title, locale), organizer: organizer(event, locale) });
}
