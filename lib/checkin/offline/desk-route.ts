/**
 * The offline desk's address, shared by the page, the service worker and the sign-out wipe. The
 * worker caches this page only (network first), under this cache name.
 */
export const DESK_CACHE = "dialogos-checkin-desk";

const DESK_PAGE = /^\/[a-z]{2}\/dashboard\/events\/[^/]+\/checkin\/offline\/?$/;

export function isDeskPage(pathname: string): boolean {
  return DESK_PAGE.test(pathname);
}

export function deskPath(locale: string, slug: string): string {
  return `/${locale}/dashboard/events/${slug}/checkin/offline`;
}
