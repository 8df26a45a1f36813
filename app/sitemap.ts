import type { MetadataRoute } from "next";
import { routing } from "@/lib/i18n/routing";
import { getProgramme } from "@/lib/programme/programme";
import { listPublicEvents } from "@/lib/programme/published-events";
import { absoluteUrl, languageAlternates } from "@/lib/seo/urls";

// Read per request from the cached programmes: never at build time, when there is no database.
export const dynamic = "force-dynamic";

/**
 * Every public dialogue (published or archived), its schedule and its sessions, in each language, each entry with its
 * hreflang alternates. Drafts are left out (getProgramme reads public ones only).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const published = await listPublicEvents();
  const programmes = await Promise.all(published.map((event) => getProgramme(event.slug)));
  const paths = [""];
  for (const programme of programmes) {
    if (!programme) continue;
    const base = `/events/${programme.event.slug}`;
    paths.push(base, `${base}/schedule`, ...programme.sessions.map((session) => `${base}/sessions/${session.slug}`));
  }
  return paths.flatMap((path) =>
    routing.locales.map((locale) => ({ url: absoluteUrl(locale, path), alternates: { languages: languageAlternates(path) } })),
  );
}
