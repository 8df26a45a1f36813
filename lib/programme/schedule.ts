import { daysBetween, zonedDay } from "@/lib/time";

type Timed = { startsAt: Date; theme: { slug: string } | null };

export type DayGroup<S> = { day: string; sessions: S[] };

/**
 * Sessions grouped by the event-local day they start on, every day of the event listed (a day
 * without sessions is an empty group), optionally narrowed to one theme (plenaries and other
 * cross-theme sessions stay: they concern every theme) and one day.
 */
export function groupByDay<S extends Timed>(
  sessions: S[],
  event: { timeZone: string; startDate: string; endDate: string },
  filter: { theme?: string | null; day?: string | null } = {},
): DayGroup<S>[] {
  const days = daysBetween(event.startDate, event.endDate);
  for (const s of sessions) {
    const day = zonedDay(s.startsAt, event.timeZone);
    if (!days.includes(day)) days.push(day);
  }
  days.sort();
  return days
    .filter((day) => !filter.day || day === filter.day)
    .map((day) => ({
      day,
      sessions: sessions
        .filter((s) => zonedDay(s.startsAt, event.timeZone) === day)
        .filter((s) => !filter.theme || s.theme === null || s.theme.slug === filter.theme)
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
    }));
}

/** Every day the programme has, in order (for the day filter). */
export function programmeDays(sessions: Timed[], event: { timeZone: string; startDate: string; endDate: string }): string[] {
  return groupByDay(sessions, event).map((g) => g.day);
}
