import { getTranslations } from "next-intl/server";
import { LiveNow } from "@/components/programme/live-now";
import { now } from "@/lib/clock";
import { countryName, formatDateRange, localize, localizedLang } from "@/lib/i18n/localize";
import type { AppLocale } from "@/lib/i18n/routing";
import { scheduleHref } from "@/lib/programme/filters";
import { formattingLocale, zoneLabel } from "@/lib/programme/format";
import { registrationState } from "@/lib/programme/status";
import type { Programme } from "@/lib/programme/types";

/** A dialogue's public page body: facts, register button, live sessions, themes, downloads (also its organisers' preview). */
export async function EventOverview({ programme, locale }: { programme: Programme; locale: AppLocale }) {
  const { event } = programme;
  const slug = event.slug;
  const t = await getTranslations({ locale, namespace: "event" });
  const tp = await getTranslations({ locale, namespace: "programme" });
  const renderedAt = now();
  const registration = registrationState(event, renderedAt);
  const title = localize(event.title, locale);
  const venue = localize(event.venue, locale);
  const firstStart = programme.sessions[0]?.startsAt ?? new Date(`${event.startDate}T12:00:00Z`);
  const streamed = programme.sessions.filter((s) => s.streamUrl);
  return (
    <div className="stack event-page">
      <h1 lang={localizedLang(event.title, locale)}>{title}</h1>
      <dl className="facts">
        <dt>{t("dates")}</dt>
        <dd>
          <time dateTime={event.startDate}>{formatDateRange(locale, event.startDate, event.endDate)}</time>
        </dd>
        <dt>{t("place")}</dt>
        <dd>
          {venue !== event.city ? `${venue}, ` : ""}
          {event.city}, {countryName(event.countryCode, locale)}
        </dd>
        <dt>{t("timeZone")}</dt>
        <dd>
          {zoneLabel(firstStart, event.timeZone, locale)} · {event.timeZone}
        </dd>
        {event.hosts ? (
          <>
            <dt>{t("hosts")}</dt>
            <dd lang={localizedLang(event.hosts, locale)}>{localize(event.hosts, locale)}</dd>
          </>
        ) : null}
      </dl>
      <p className="lead" lang={localizedLang(event.summary, locale)}>
        {localize(event.summary, locale)}
      </p>
      <div className="actions cta">
        {registration.kind === "open" ? (
          <>
            <a className="button" href={`/${locale}/events/${slug}/register`}>
              {programme.full ? t("joinWaitlist") : t("register")}
            </a>
            {programme.full ? (
              <p className="notice notice-info" data-registration="waitlist">
                {t("waitlistOpen")}
              </p>
            ) : null}
          </>
        ) : (
          <p className="notice notice-info" data-registration={registration.kind}>
            {registration.kind === "notYet"
              ? t("registrationOpens", {
                  date: new Intl.DateTimeFormat(formattingLocale(locale), {
                    dateStyle: "long",
                    timeStyle: "short",
                    timeZone: event.timeZone,
                  }).format(registration.opensAt),
                })
              : t("registrationClosed")}
          </p>
        )}
        <a className="button secondary" href={scheduleHref(locale, slug)}>
          {t("viewSchedule")}
        </a>
      </div>
      {registration.kind === "open" && event.requiresApproval ? <p className="hint">{t("requiresApproval")}</p> : null}

      <section aria-labelledby="live-heading" className="card">
        <h2 id="live-heading">{t("liveHeading")}</h2>
        <LiveNow
          renderedAt={renderedAt.getTime()}
          labels={{ nothing: t("nothingLive"), live: tp("stream.live"), watch: t.raw("watch") as string }}
          items={streamed.map((s) => ({
            slug: s.slug,
            title: localize(s.title, locale),
            start: s.startsAt.toISOString(),
            end: s.endsAt.toISOString(),
            streamUrl: s.streamUrl!,
            href: `/${locale}/events/${slug}/sessions/${s.slug}`,
          }))}
        />
      </section>

      <section aria-labelledby="themes-heading">
        <h2 id="themes-heading">{t(`themesHeading.${event.themeTerm}`)}</h2>
        <p>{t(`themesIntro.${event.themeTerm}`)}</p>
        <ul className="card-list two">
          {programme.themes.map((theme) => (
            <li key={theme.slug} className="card theme-card">
              <h3 lang={localizedLang(theme.name, locale)}>
                <a href={scheduleHref(locale, slug, { theme: theme.slug })}>{localize(theme.name, locale)}</a>
              </h3>
              <p lang={localizedLang(theme.description, locale)}>{localize(theme.description, locale)}</p>
              <p className="hint">{t("themeSessions", { count: programme.sessions.filter((s) => s.themeId === theme.id).length })}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t("downloads")}</h2>
        <ul>
          <li>
            <a href={`/${locale}/events/${slug}/programme.ics`} download>
              {t("calendar")}
            </a>
          </li>
          <li>
            <a href={`/${locale}/events/${slug}/programme.json`}>{t("json")}</a>
          </li>
          {event.infoUrl ? (
            <li>
              <a href={event.infoUrl} rel="noopener">
                {t("officialPage")}
              </a>
            </li>
          ) : null}
        </ul>
      </section>
    </div>
  );
}
