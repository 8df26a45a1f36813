import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { countryName, formatDateRange, localize } from "@/lib/i18n/localize";
import { formatDay, formatTimeRange, utcOffsetLabel } from "@/lib/programme/format";
import { getProgramme, type Programme, type ProgrammeSession } from "@/lib/programme/programme";
import { socialMetadata } from "@/lib/seo/social";
import { pageAlternates } from "@/lib/seo/urls";
import { zonedDay } from "@/lib/time";

/** "27–29 November 2023 · Cartagena de Indias, Colombia": what a shared link should say first. */
function eventFacts(event: Programme["event"], locale: string): string {
  return `${formatDateRange(locale, event.startDate, event.endDate)} · ${event.city}, ${countryName(event.countryCode, locale)}`;
}

/** Title, description, absolute canonical, hreflang alternates and social cards of one page. */
async function publicPage(locale: string, path: string, title: string, description: string): Promise<Metadata> {
  return {
    title,
    description,
    alternates: pageAlternates(locale, path),
    ...(await socialMetadata({ locale, path, title, description })),
  };
}

export async function eventMetadata(locale: string, slug: string): Promise<Metadata> {
  const programme = await getProgramme(slug);
  if (!programme) return {};
  const { event } = programme;
  const description = `${eventFacts(event, locale)}. ${localize(event.summary, locale)}`;
  return publicPage(locale, `/events/${slug}`, localize(event.title, locale), description);
}

export async function scheduleMetadata(locale: string, slug: string): Promise<Metadata> {
  const programme = await getProgramme(slug);
  if (!programme) return {};
  const t = await getTranslations({ locale, namespace: "programme" });
  const { event } = programme;
  const description = `${eventFacts(event, locale)}. ${localize(event.summary, locale)}`;
  return publicPage(locale, `/events/${slug}/schedule`, t("metaTitle", { event: localize(event.title, locale) }), description);
}

export async function sessionMetadata(locale: string, programme: Programme, session: ProgrammeSession): Promise<Metadata> {
  const { event } = programme;
  const when = `${formatDay(zonedDay(session.startsAt, event.timeZone), locale)}, ${formatTimeRange(session.startsAt, session.endsAt, event.timeZone, locale)} (${utcOffsetLabel(session.startsAt, event.timeZone)})`;
  const title = `${localize(session.title, locale)} · ${localize(event.title, locale)}`;
  const description = `${when} · ${event.city}, ${countryName(event.countryCode, locale)}. ${localize(session.description, locale)}`;
  return publicPage(locale, `/events/${event.slug}/sessions/${session.slug}`, title, description);
}
