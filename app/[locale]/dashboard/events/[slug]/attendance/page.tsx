import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CheckinAutoRefresh } from "@/components/dashboard/checkin-auto-refresh";
import { DataTable } from "@/components/data-table";
import { RemoteAttendance } from "@/components/hybrid/remote-attendance";
import { Link } from "@/components/link";
import { canCheckIn, canManageEvents } from "@/lib/auth/roles";
import { attendance } from "@/lib/dashboard/checkin";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { remoteJoinStats } from "@/lib/hybrid/join-stats";
import { intlLocale, localize } from "@/lib/i18n/localize";

export const metadata: Metadata = { robots: { index: false } };

export default async function AttendancePage({ params }: PageProps<"/[locale]/dashboard/events/[slug]/attendance">) {
  const { locale, slug, db, event, user } = await dashboardEventPage(params, canCheckIn, `/attendance`);
  const [t, { perSession, perDay }] = await Promise.all([getTranslations({ locale, namespace: "checkin" }), attendance(db, event.id)]);
  const when = new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: event.timeZone,
  });
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${slug}/checkin`}>{t("deskLink")}</Link>
      </p>
      <h1>{t("attendance.title")}</h1>
      <CheckinAutoRefresh seconds={15} label={t("attendance.refresh")} />
      {canManageEvents.includes(user.role) ? (
        <p className="actions">
          <a href={`/${locale}/dashboard/events/${slug}/exports/attendance?format=csv`} download>
            {t("attendance.exportCsv")}
          </a>
          <a href={`/${locale}/dashboard/events/${slug}/exports/attendance?format=xlsx`} download>
            {t("attendance.exportXlsx")}
          </a>
        </p>
      ) : null}
      <section aria-labelledby="venue-heading">
        <h2 id="venue-heading">{t("attendance.venue")}</h2>
        {perDay.length === 0 ? (
          <p>{t("attendance.none")}</p>
        ) : (
          <ul>
            {perDay.map((d) => (
              <li key={d.day}>{t("attendance.dayLine", { day: d.day, count: d.checkedIn })}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t("attendance.sessions")}</h2>
        <DataTable labelledBy="sessions-heading">
          <thead>
            <tr>
              <th scope="col">{t("attendance.when")}</th>
              <th scope="col">{t("attendance.session")}</th>
              <th scope="col">{t("attendance.confirmed")}</th>
              <th scope="col">{t("attendance.checkedIn")}</th>
              <th scope="col">{t("attendance.admitted")}</th>
            </tr>
          </thead>
          <tbody>
            {perSession.map((s) => (
              <tr key={s.id} data-session-id={s.id}>
                <td>{when.format(s.startsAt)}</td>
                <th scope="row">{localize(s.title, locale)}</th>
                <td>{s.capacity === null ? s.confirmed : `${s.confirmed} / ${s.capacity}`}</td>
                <td>{s.checkedIn}</td>
                <td data-testid="admitted-without-signup">{s.admittedWithoutSignup}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </section>
      {event.participationMode !== "in_person" ? <RemoteAttendance locale={locale} stats={await remoteJoinStats(db, event.id)} /> : null}
    </div>
  );
}
