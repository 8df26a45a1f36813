import "server-only";
import { revalidatePath } from "next/cache";
import { routing } from "@/lib/i18n/routing";

/**
 * Call after anything public about an event changes (the event, its themes or sessions, stream
 * links, capacity): its cached public pages and exports are rebuilt on their next request.
 * Must run inside a server action or route handler.
 */
export function revalidateEvent(slug: string): void {
  for (const locale of routing.locales) {
    revalidatePath(`/${locale}`);
    revalidatePath(`/${locale}/events/${slug}`, "layout");
  }
}
