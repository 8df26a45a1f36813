import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { FormMessage } from "@/components/form/form-message";
import { Link } from "@/components/link";
import { canManageEvents } from "@/lib/auth/roles";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { intlLocale } from "@/lib/i18n/localize";
import { audienceLabels } from "@/lib/mailings/audience-labels";
import { listMailings } from "@/lib/mailings/mailings";

export const metadata: Metadata = { robots: { index: false } };

/** The dialogue's mailings, newest first, and the way to compose a new one. */
export default async function MailingsPage({ params, searchParams }: PageProps<"/[locale]/dashboard/events/[slug]/mailings">) {
  const { locale, slug, db, event } = await dashboardEventPage(params, canManageEvents, "/mailings");
  const [t, rows, labels, query] = await Promise.all([
    getTranslations({ locale, namespace: "mailings" }),
    listMailings(db, event.id),
    audienceLabels(db, event, locale),
    searchParams,
  ]);
  const when = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone: event.timeZone });
  const base = `/dashboard/events/${slug}/mailings`;
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {query.sent ? <FormMessage tone="success" text={t("messages.sent")} /> : null}
      <p>
        <Link href={`${base}/new`} className="button">
          {t("new")}
        </Link>
      </p>
      {rows.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <DataTable label={t("title")}>
          <caption className="visually-hidden">{t("list.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("list.subject")}</th>
              <th scope="col">{t("list.audience")}</th>
              <th scope="col" className="num">
                {t("list.recipients")}
              </th>
              <th scope="col">{t("list.sentBy")}</th>
              <th scope="col">{t("list.sentAt")}</th>
              <th scope="col">{t("list.status")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <Link href={`${base}/${row.id}`}>{row.subject.en}</Link>
                </td>
                <td>{labels.describe(row.audience)}</td>
                <td className="num">{row.recipientCount ?? "—"}</td>
                <td>{row.sentBy ?? "—"}</td>
                <td>{row.sentAt ? when.format(row.sentAt) : "—"}</td>
                <td>
                  {row.status === "sent" ? t("list.delivered", { sent: row.delivered, total: row.recipientCount ?? 0 }) : t("list.draft")}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
