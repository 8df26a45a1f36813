/**
 * Schedule filters as URLs. People and links use query parameters (`/en/events/x/schedule?theme=cybersecurity&day=2023-11-28`);
 * proxy.ts rewrites them to the path form (`/en/events/x/schedule/cybersecurity/2023-11-28`), a
 * route that never reads searchParams, so every filtered view is rendered once and served from cache.
 */
export const ALL = "all";

const slugPattern = /^[a-z0-9][a-z0-9-]{0,79}$/;
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const schedulePath = /^\/([a-z]{2})\/events\/([a-z0-9][a-z0-9-]{0,79})\/schedule\/?$/;

export type ScheduleFilter = { theme?: string | null; day?: string | null };

export function isFilterSlug(value: string): boolean {
  return slugPattern.test(value) && value !== ALL;
}

export function isFilterDay(value: string): boolean {
  return dayPattern.test(value);
}

/** The public (query) URL of a schedule view. */
export function scheduleHref(locale: string, slug: string, filter: ScheduleFilter = {}): string {
  const params = new URLSearchParams();
  if (filter.theme) params.set("theme", filter.theme);
  if (filter.day) params.set("day", filter.day);
  const query = params.toString();
  return `/${locale}/events/${slug}/schedule${query ? `?${query}` : ""}`;
}

/**
 * The internal path a query URL is served from, or null when there is nothing to rewrite (no
 * filter, or values that cannot be a theme or a day: those fall through to the full schedule).
 */
export function scheduleRewritePath(pathname: string, search: URLSearchParams): string | null {
  const match = schedulePath.exec(pathname);
  if (!match) return null;
  const theme = search.get("theme");
  const day = search.get("day");
  const themeSegment = theme && isFilterSlug(theme) ? theme : ALL;
  const daySegment = day && isFilterDay(day) ? day : ALL;
  if (themeSegment === ALL && daySegment === ALL) return null;
  return `/${match[1]}/events/${match[2]}/schedule/${themeSegment}/${daySegment}`;
}
