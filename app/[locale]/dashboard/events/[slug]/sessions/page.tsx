import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { FormMessage } from "@/components/form/form-message";
import { Link } from "@/components/link";
import { canManageEvents } from "@/lib/auth/roles";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { sessionsWithCounts } from "@/lib/dashboard/sessions";
import { intlLocale, localize } from "@/lib/i18n/localize";

export const metadata: Metadata = { robots: { index: false } };

export default async function SessionsAdminPage({ params, searchParams }: PageProps<"/[locale]/dashboard/events/[slug]/sessions">) {
  const { locale, slug, db, event } = await dashboardEventPage(params, canManageEvents, `/sessions`);
  const base = `/dashboard/events/${slug}/sessions`;
  const [t, rows, query] = await Promise.all([
    getTranslations({ locale, namespace: "sessionsAdmin" }),
    sessionsWithCounts(db, event.id),
    searchParams,
  ]);
  const when = new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: event.timeZone,
  });
  const saved = typeof query.saved === "string";
  const promoted = Number(query.promoted ?? 0) || 0;
  const demoted = Number(query.demoted ?? 0) || 0;
  return (
    <div className="stack">
      <h1>{t("list.title")}</h1>
      {saved ? <FormMessage tone="success" text={t("list.saved", { promoted, demoted })} /> : null}
      {typeof query.deleted === "string" ? (
        <FormMessage tone="success" text={t("list.deleted", { cancelled: Number(query.deleted) || 0 })} />
      ) : null}
      <div className="actions">
        <Link href={`${base}/new`} className="button">
          {t("list.new")}
        </Link>
        <Link href={`/dashboard/events/${slug}/themes`} className="button secondary">
          {t(`list.themes.${event.themeTerm}`)}
        </Link>
      </div>
      <DataTable label={t("list.title")}>
        <caption className="visually-hidden">{t("list.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("list.when")}</th>
            <th scope="col">{t("form.title")}</th>
            <th scope="col">{t("form.room")}</th>
            <th scope="col">{t("list.seats")}</th>
            <th scope="col">{t("list.waitlisted")}</th>
            <th scope="col">{t("list.stream")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <td>{when.format(s.startsAt)}</td>
              <td>
                <Link href={`${base}/${s.id}`}>{localize(s.title, locale)}</Link>
              </td>
              <td>{s.room}</td>
              <td>{s.capacity === null ? t("list.unlimited", { taken: s.seatsTaken }) : `${s.seatsTaken} / ${s.capacity}`}</td>
              <td>{s.waitlisted}</td>
              <td>{s.isStreamed ? t("list.streamed") : t("list.notStreamed")}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </div>
  );
}
