import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { routing } from "@/lib/i18n/routing";

/**
 * The cache tag of everything public about one event: the programme read behind its event page,
 * schedule (every filtered variant), session pages and .ics/.json exports carries it, and every
 * page rendered from that read inherits it.
 */
export function eventCacheTag(slug: string): string {
  return `event:${slug}`;
}

/**
 * Call after anything public about an event changes (the event, its themes or sessions, stream
 * links, capacity): its cached public pages and exports are rebuilt on their next request.
 * Must run inside a server action or route handler.
 *
 * Why a tag and not revalidatePath(`/en/events/${slug}`, "layout"): Next derives layout tags from
 * the route pattern (`/[locale]/events/[slug]/layout`), so a concrete path with "layout" reaches
 * none of the pages below it, and the filtered schedule variants cannot be listed one by one.
 */
export function revalidateEvent(slug: string): void {
  // Expire now rather than serve one stale copy first: an organiser reloads to check their edit.
  revalidateTag(eventCacheTag(slug), { expire: 0 });
  for (const locale of routing.locales) {
    revalidatePath(`/${locale}`);
  }
}
