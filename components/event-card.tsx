import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { now } from "@/lib/clock";
import { countryName, formatDateRange, localize } from "@/lib/i18n/localize";
import { registrationState } from "@/lib/programme/status";
import type { EventListItem } from "@/lib/programme/types";

export async function EventCard({ event, locale }: { event: EventListItem; locale: string }) {
  const [t, te] = await Promise.all([getTranslations({ locale, namespace: "home" }), getTranslations({ locale, namespace: "event" })]);
  const title = localize(event.title, locale);
  const headingId = `event-${event.slug}`;
  // The organisers' switch and the registration window, as the event page reads them.
  const open = registrationState(event, now()).kind === "open";
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link href={`/events/${event.slug}`}>{title}</Link>
      </h3>
      <dl className="facts">
        <dt>{t("dates")}</dt>
        <dd>
          <time dateTime={event.startDate}>{formatDateRange(locale, event.startDate, event.endDate)}</time>
        </dd>
        <dt>{t("place")}</dt>
        <dd>
          {localize(event.venue, locale) !== event.city ? `${localize(event.venue, locale)}, ` : ""}
          {event.city}, {countryName(event.countryCode, locale)}
        </dd>
      </dl>
      <p>{localize(event.summary, locale)}</p>
      <p className="actions">
        <span className={`badge ${open ? "badge-open" : "badge-closed"}`}>{open ? t("registrationOpen") : t("registrationClosed")}</span>
        <span className="badge badge-info">{te(`themeCount.${event.themeTerm}`, { count: event.themeCount })}</span>
      </p>
      {event.requiresApproval ? <p className="hint">{t("requiresApproval")}</p> : null}
      <p className="actions">
        <Link className="button secondary" href={`/events/${event.slug}/schedule`}>
          {t("viewSchedule")}
        </Link>
        {open ? (
          <Link className="button" href={`/events/${event.slug}/register`}>
            {t("register")}
          </Link>
        ) : null}
      </p>
    </article>
  );
}
