import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { type Bar, BarChart } from "@/components/dashboard-shell/bar-chart";
import { requirePageUser } from "@/lib/auth/guard";
import { canManageEvents } from "@/lib/auth/roles";
import { requireDialogueAccess } from "@/lib/dashboard/event";
import { dashboardEvent, eventOverview } from "@/lib/dashboard/overview";
import { countryName, intlLocale, localize } from "@/lib/i18n/localize";
import { pageLocale } from "@/lib/i18n/page-locale";

const TOP_COUNTRIES = 10;

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/events/[slug]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "dashboard" });
  return { title: t("overview.title"), robots: { index: false } };
}

export default async function EventOverviewPage({ params }: PageProps<"/[locale]/dashboard/events/[slug]">) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const user = await requirePageUser(locale, canManageEvents, `/${locale}/dashboard/events/${slug}`);
  const event = await dashboardEvent(slug);
  if (!event) notFound();
  await requireDialogueAccess(user, event.id);
  const [t, overview] = await Promise.all([getTranslations({ locale, namespace: "dashboard" }), eventOverview(event)]);
  const number = new Intl.NumberFormat(intlLocale(locale));
  const percent = new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${overview.today}T12:00:00Z`),
  );
  const total = overview.counts.registered;
  const share = (n: number) => (total ? percent.format(n / total) : percent.format(0));
  const sliceTable = (caption: string, bars: Bar[]) => ({
    caption,
    summary: t("overview.showTable"),
    headers: [t("overview.category"), t("overview.count"), t("overview.share")],
    rows: bars.map((b) => [b.label, number.format(b.value), share(b.value)]),
  });
  const groups: Bar[] = overview.byGroup.map((g) => ({
    key: g.key,
    label: t(`overview.groups.${g.key}` as "overview.groups.other"),
    value: g.count,
  }));
  const regions: Bar[] = overview.byRegion.map((r) => ({ key: r.key, label: t(`overview.regions.${r.key}`), value: r.count }));
  const countries: Bar[] = overview.byCountry
    .slice(0, TOP_COUNTRIES)
    .map((c) => ({ key: c.key, label: countryName(c.key, locale), value: c.count }));
  const sessions: Bar[] = overview.sessions.map((s) => ({
    key: String(s.id),
    label: localize(s.title, locale),
    value: s.capacity ? (s.seatsTaken / s.capacity) * 100 : 0,
    display: s.capacity
      ? `${number.format(s.seatsTaken)} / ${number.format(s.capacity)} (${percent.format(s.seatsTaken / s.capacity)})`
      : `${number.format(s.seatsTaken)} (${t("overview.unlimited")})`,
    full: s.capacity !== null && s.seatsTaken >= s.capacity,
  }));
  const stats = [
    ["registered", overview.counts.registered, t("overview.registered")],
    ["confirmed", overview.counts.confirmed, t("overview.confirmed")],
    ["pending", overview.counts.pending, t("overview.pending")],
    ["unconfirmed", overview.counts.unconfirmed, t("overview.unconfirmed")],
    ["expired", overview.counts.expired, t("overview.expired")],
    ["waitlisted", overview.counts.waitlisted, t("overview.waitlisted")],
    ["dialogueWaitlist", overview.counts.dialogueWaitlist, t("overview.dialogueWaitlist")],
    ["cancelled", overview.counts.cancelled, t("overview.cancelled")],
    ["checkedInToday", overview.counts.checkedInToday, t("overview.checkedInToday", { day })],
  ] as const;

  return (
    <div className="stack">
      <h1>{t("overview.title")}</h1>
      {event.holdsCeilingHitAt ? (
        <p className="notice notice-error" data-notice="holds-ceiling">
          {t("overview.holdsCeilingHit", {
            max: event.maxUnconfirmedHolds,
            time: new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone: event.timeZone }).format(
              event.holdsCeilingHitAt,
            ),
          })}
        </p>
      ) : null}
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" className="visually-hidden">
          {t("overview.countsHeading")}
        </h2>
        <ul className="stat-grid">
          {stats.map(([key, value, label]) => (
            <li key={key} className="stat" data-stat={key}>
              <span className="stat-value">{number.format(value)}</span>
              <span className="stat-label">{label}</span>
            </li>
          ))}
        </ul>
        <p className="hint">{t("overview.chartNote")}</p>
      </section>
      <div className="chart-grid">
        <BarChart
          id="chart-region"
          title={t("overview.byRegion")}
          bars={regions}
          emptyText={t("overview.empty")}
          table={sliceTable(t("overview.byRegion"), regions)}
        />
        <BarChart
          id="chart-group"
          title={t("overview.byGroup")}
          bars={groups}
          emptyText={t("overview.empty")}
          table={sliceTable(t("overview.byGroup"), groups)}
        />
        <BarChart
          id="chart-country"
          title={t("overview.byCountry", { count: TOP_COUNTRIES })}
          bars={countries}
          emptyText={t("overview.empty")}
          table={sliceTable(t("overview.byCountry", { count: TOP_COUNTRIES }), countries)}
        />
        <BarChart
          id="chart-sessions"
          title={t("overview.fillRate")}
          bars={sessions}
          max={100}
          emptyText={t("overview.noSessions")}
          table={{
            caption: t("overview.fillRate"),
            summary: t("overview.showTable"),
            headers: [t("overview.session"), t("overview.seats"), t("overview.capacity"), t("overview.waitlist"), t("overview.fill")],
            rows: overview.sessions.map((s) => [
              localize(s.title, locale),
              number.format(s.seatsTaken),
              s.capacity === null ? t("overview.unlimited") : number.format(s.capacity),
              number.format(s.waitlisted),
              s.capacity ? percent.format(s.seatsTaken / s.capacity) : "–",
            ]),
          }}
        />
      </div>
    </div>
  );
}
