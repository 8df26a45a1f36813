import type { Session, Theme } from "@/db/schema";
import { intlLocale, localize } from "@/lib/i18n/localize";
import { zonedDay } from "@/lib/time";

/** One session as the form shows it: plain data, already in the reader's language and the event's zone. */
type SessionOption = {
  id: number;
  title: string;
  time: string;
  room: string;
  /** Seats left, or null when seating is open (no capacity). */
  seatsLeft: number | null;
  startsAt: number;
  endsAt: number;
};

export type SessionGroup = {
  key: string;
  heading: string;
  days: { day: string; heading: string; sessions: SessionOption[] }[];
};

/** Sessions grouped by theme (plenaries and cross-theme sessions first), then by day. */
export function groupSessions(
  input: { themes: Theme[]; sessions: Session[]; timeZone: string },
  locale: string,
  generalHeading: string,
): SessionGroup[] {
  const tag = intlLocale(locale);
  const dayFormat = new Intl.DateTimeFormat(tag, { weekday: "long", day: "numeric", month: "long", timeZone: input.timeZone });
  const timeFormat = new Intl.DateTimeFormat(tag, { hour: "2-digit", minute: "2-digit", timeZone: input.timeZone });
  const groups: SessionGroup[] = [
    { key: "general", heading: generalHeading, days: [] },
    ...input.themes.map((theme) => ({ key: theme.slug, heading: localize(theme.name, locale), days: [] })),
  ];
  const themeKey = new Map(input.themes.map((theme) => [theme.id, theme.slug]));
  for (const session of input.sessions) {
    const group = groups.find((g) => g.key === (session.themeId ? themeKey.get(session.themeId) : "general")) ?? groups[0]!;
    const day = zonedDay(session.startsAt, input.timeZone);
    let bucket = group.days.find((d) => d.day === day);
    if (!bucket) {
      bucket = { day, heading: dayFormat.format(session.startsAt), sessions: [] };
      group.days.push(bucket);
    }
    bucket.sessions.push({
      id: session.id,
      title: localize(session.title, locale),
      time: timeFormat.formatRange(session.startsAt, session.endsAt),
      room: session.room,
      seatsLeft: session.capacity == null ? null : Math.max(session.capacity - session.seatsTaken, 0),
      startsAt: session.startsAt.getTime(),
      endsAt: session.endsAt.getTime(),
    });
  }
  return groups.filter((group) => group.days.length > 0);
}
