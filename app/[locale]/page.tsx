import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventCard } from "@/components/event-card";
import { pageLocale } from "@/lib/i18n/page-locale";
import { listPublicEvents } from "@/lib/programme/published-events";
import type { EventListItem } from "@/lib/programme/types";
import { pageAlternates } from "@/lib/seo/urls";

/** Cached for five minutes; organiser changes to events revalidate it sooner. */
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "home" });
  return { title: { absolute: t("metaTitle") }, alternates: pageAlternates(locale, "") };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await pageLocale(params);
  const [t, dialogues] = await Promise.all([getTranslations({ locale, namespace: "home" }), listPublicEvents()]);
  // Archived dialogues stay listed, apart, as past ones (read-only, registration closed).
  const upcoming = dialogues.filter((event) => event.status !== "archived");
  const past = dialogues.filter((event) => event.status === "archived").reverse();
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <section aria-labelledby="dialogues-heading">
        <h2 id="dialogues-heading">{t("listHeading")}</h2>
        {upcoming.length === 0 ? <p>{t("empty")}</p> : <EventCards events={upcoming} locale={locale} />}
      </section>
      {past.length > 0 ? (
        <section aria-labelledby="past-dialogues-heading">
          <h2 id="past-dialogues-heading">{t("pastHeading")}</h2>
          <EventCards events={past} locale={locale} />
        </section>
      ) : null}
    </div>
  );
}

function EventCards({ events, locale }: { events: EventListItem[]; locale: string }) {
  return (
    <ul className="card-list two">
      {events.map((event) => (
        <li key={event.slug}>
          <EventCard event={event} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
