import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { now } from "@/lib/clock";
import { localize, localizedLang } from "@/lib/i18n/localize";
import { formatDay } from "@/lib/programme/format";
import { groupByDay, programmeDays } from "@/lib/programme/schedule";
import type { Programme } from "@/lib/programme/types";
import { ScheduleFilters } from "./schedule-filters";
import { SessionCard } from "./session-card";
import { ZoneSwitch } from "./zone-switch";

/**
 * The programme of one dialogue by day, optionally narrowed to a theme and a day. Rendered on the
 * server from the route params only (never searchParams), so every variant is cacheable.
 */
export async function ScheduleView({
  locale,
  slug,
  programme,
  theme = null,
  day = null,
}: {
  locale: string;
  slug: string;
  /** Loaded by the page (null: no such published dialogue). */
  programme: Programme | null;
  theme?: string | null;
  day?: string | null;
}) {
  if (!programme) notFound();
  const { event } = programme;
  const days = programmeDays(programme.sessions, event);
  if (theme && !programme.themes.some((x) => x.slug === theme)) notFound();
  if (day && !days.includes(day)) notFound();
  const t = await getTranslations({ locale, namespace: "programme" });
  const groups = groupByDay(programme.sessions, event, { theme, day });
  const shown = groups.reduce((sum, g) => sum + g.sessions.length, 0);
  const firstStart = programme.sessions[0]?.startsAt ?? new Date(`${event.startDate}T12:00:00Z`);
  const renderedAt = now().getTime();
  return (
    <div className="stack programme">
      <p className="breadcrumb">
        <a href={`/${locale}/events/${slug}`} lang={localizedLang(event.title, locale)}>
          {localize(event.title, locale)}
        </a>
      </p>
      <h1>{t("title")}</h1>
      {programme.sessions.some((s) => s.isSample) ? <p className="notice notice-info">{t("sample")}</p> : null}
      <ScheduleFilters
        locale={locale}
        slug={slug}
        themeTerm={event.themeTerm}
        themes={programme.themes.map((x) => ({ slug: x.slug, name: localize(x.name, locale) }))}
        days={days}
        current={{ theme, day }}
      />
      <ZoneSwitch
        eventZone={event.timeZone}
        locale={locale}
        at={firstStart.toISOString()}
        labels={{ note: t.raw("timesIn") as string, group: t("zoneSwitch"), event: t("eventZone"), viewer: t("viewerZone") }}
      />
      <p className="hint" role="status">
        {t("showing", { count: shown })}
        {theme ? ` · ${t("plenariesIncluded")}` : ""}
      </p>
      {groups.map((group) => (
        <section key={group.day} aria-labelledby={`day-${group.day}`} className="programme-day" data-day={group.day}>
          <h2 id={`day-${group.day}`}>{formatDay(group.day, locale)}</h2>
          {group.sessions.length === 0 ? (
            <p>{t("noSessions")}</p>
          ) : (
            <ol className="session-list">
              {group.sessions.map((session) => (
                <li key={session.slug}>
                  <SessionCard session={session} event={event} locale={locale} renderedAt={renderedAt} />
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
      <p className="actions downloads">
        <a className="button secondary" href={`/${locale}/events/${slug}/programme.ics`} download>
          {t("programmeCalendar")}
        </a>
        <a href={`/${locale}/events/${slug}/programme.json`}>{t("programmeJson")}</a>
      </p>
    </div>
  );
}
