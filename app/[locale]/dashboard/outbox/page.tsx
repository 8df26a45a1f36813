import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/dashboard-shell/action-form";
import { Pagination, pageParam } from "@/components/dashboard-shell/pagination";
import { DataTable } from "@/components/data-table";
import { OUTBOX_PAGE_SIZE, type OutboxStatus, outboxCounts, outboxPage, outboxStatuses, retryableStatuses } from "@/lib/admin/outbox";
import { requirePageUser } from "@/lib/auth/guard";
import { canAdminister } from "@/lib/auth/roles";
import { config } from "@/lib/config";
import { getDb } from "@/lib/database";
import { intlLocale } from "@/lib/i18n/localize";
import { pageLocale } from "@/lib/i18n/page-locale";
import { retryEmailAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/outbox">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "admin" });
  return { title: t("outbox.title") };
}

export default async function OutboxPage({ params, searchParams }: PageProps<"/[locale]/dashboard/outbox">) {
  const locale = await pageLocale(params);
  await requirePageUser(locale, canAdminister, `/${locale}/dashboard/outbox`);
  const query = await searchParams;
  const status = outboxStatuses.find((s) => s === query.status) as OutboxStatus | undefined;
  const page = pageParam(query.page);
  const db = getDb();
  const [t, counts, { rows, total }] = await Promise.all([
    getTranslations({ locale, namespace: "admin" }),
    outboxCounts(db),
    outboxPage(db, { status, page }),
  ]);
  const pages = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const when = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "long", timeZone: "UTC" });
  const messages = Object.fromEntries(
    (["retried", "notFailed", "forbidden", "signInRequired", "failed"] as const).map((k) => [k, t(`outbox.${k}`)]),
  );
  messages.invalid = t("outbox.failed");

  return (
    <div className="stack">
      <h1>{t("outbox.title")}</h1>
      <section aria-labelledby="outbox-counts">
        <h2 id="outbox-counts">{t("outbox.counts")}</h2>
        {config().smtpUrl ? null : <p className="notice notice-info">{t("outbox.noSmtp")}</p>}
        <ul className="stat-grid">
          {outboxStatuses.map((s) => (
            <li key={s} className="stat" data-stat={s}>
              <span className="stat-value">{counts[s]}</span>
              <span className="stat-label">{t(`outbox.statuses.${s}`)}</span>
            </li>
          ))}
        </ul>
      </section>
      <form method="get" className="filters" aria-label={t("outbox.filter")}>
        <div className="field">
          <label htmlFor="outbox-status">{t("outbox.status")}</label>
          <select id="outbox-status" name="status" defaultValue={status ?? ""}>
            <option value="">{t("outbox.all")}</option>
            {outboxStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`outbox.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" className="button secondary">
            {t("outbox.apply")}
          </button>
        </div>
      </form>
      {rows.length === 0 ? (
        <p>{t("outbox.empty")}</p>
      ) : (
        <DataTable label={t("outbox.title")}>
          <thead>
            <tr>
              <th scope="col">{t("outbox.created")}</th>
              <th scope="col">{t("outbox.to")}</th>
              <th scope="col">{t("outbox.subject")}</th>
              <th scope="col">{t("outbox.status")}</th>
              <th scope="col" className="num">
                {t("outbox.attempts")}
              </th>
              <th scope="col">{t("outbox.lastError")}</th>
              <th scope="col">{t("outbox.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-email-id={row.id}>
                <td>{when.format(row.createdAt)}</td>
                <td>{row.toAddress}</td>
                <th scope="row">
                  {row.subject}
                  <br />
                  <span className="hint">{row.kind}</span>
                </th>
                <td>{t(`outbox.statuses.${row.status}`)}</td>
                <td className="num">{row.attempts}</td>
                <td>{row.lastError}</td>
                <td>
                  {/* Always rendered, so its answer stays visible after the row is no longer failed. */}
                  <ActionForm action={retryEmailAction} messages={messages} className="inline-form">
                    <input type="hidden" name="id" value={row.id} />
                    {(retryableStatuses as readonly string[]).includes(row.status) ? (
                      <button type="submit" className="button secondary small" aria-label={`${t("outbox.retry")}: ${row.subject}`}>
                        {t("outbox.retry")}
                      </button>
                    ) : null}
                  </ActionForm>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pagination page={page} pages={pages} path="/dashboard/outbox" query={{ status }} locale={locale} label={t("outbox.pagination")} />
    </div>
  );
}
