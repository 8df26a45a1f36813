import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { localize } from "@/lib/i18n/localize";

type Stats = { delegates: number; joins: number; perSession: { id: number; title: Parameters<typeof localize>[0]; delegates: number }[] };

/** The attendance page's remote part: joins through the tracked link, apart from door check-ins. */
export async function RemoteAttendance({ locale, stats }: { locale: string; stats: Stats }) {
  const t = await getTranslations({ locale, namespace: "hybrid" });
  return (
    <section aria-labelledby="remote-heading" data-testid="remote-attendance">
      <h2 id="remote-heading">{t("attendanceHeading")}</h2>
      {stats.joins === 0 ? (
        <p>{t("attendanceNone")}</p>
      ) : (
        <p data-remote-delegates={stats.delegates}>{t("attendanceLine", { delegates: stats.delegates, joins: stats.joins })}</p>
      )}
      {stats.perSession.length > 0 ? (
        <DataTable labelledBy="remote-heading">
          <thead>
            <tr>
              <th scope="col">{t("attendanceSession")}</th>
              <th scope="col">{t("attendanceDelegates")}</th>
            </tr>
          </thead>
          <tbody>
            {stats.perSession.map((s) => (
              <tr key={s.id} data-session-id={s.id}>
                <th scope="row">{localize(s.title, locale)}</th>
                <td>{s.delegates}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </section>
  );
}
