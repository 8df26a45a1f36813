import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination, pageParam } from "@/components/dashboard-shell/pagination";
import { DataTable } from "@/components/data-table";
import { AUDIT_PAGE_SIZE, auditFilterOptions, auditPage } from "@/lib/admin/audit-log";
import { requirePageUser } from "@/lib/auth/guard";
import { canAdminister } from "@/lib/auth/roles";
import { getDb } from "@/lib/database";
import { intlLocale } from "@/lib/i18n/localize";
import { pageLocale } from "@/lib/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/audit">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "admin" });
  return { title: t("audit.title") };
}

const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value, null, 1));

export default async function AuditPage({ params, searchParams }: PageProps<"/[locale]/dashboard/audit">) {
  const locale = await pageLocale(params);
  await requirePageUser(locale, canAdminister, `/${locale}/dashboard/audit`);
  const query = await searchParams;
  const db = getDb();
  const options = await auditFilterOptions(db);
  const action = typeof query.action === "string" && options.actions.includes(query.action) ? query.action : undefined;
  const actorId = typeof query.user === "string" && /^\d{1,9}$/.test(query.user) ? Number(query.user) : undefined;
  const page = pageParam(query.page);
  const [t, { rows, total }] = await Promise.all([
    getTranslations({ locale, namespace: "admin" }),
    auditPage(db, { action, actorId, page }),
  ]);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const when = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "long", timeZone: "UTC" });

  return (
    <div className="stack">
      <h1>{t("audit.title")}</h1>
      <form method="get" className="filters" aria-label={t("audit.filters")}>
        <div className="field">
          <label htmlFor="audit-action">{t("audit.action")}</label>
          <select id="audit-action" name="action" defaultValue={action ?? ""}>
            <option value="">{t("audit.any")}</option>
            {options.actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-user">{t("audit.user")}</label>
          <select id="audit-user" name="user" defaultValue={actorId ? String(actorId) : ""}>
            <option value="">{t("audit.any")}</option>
            {options.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.email})
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" className="button secondary">
            {t("audit.apply")}
          </button>
        </div>
      </form>
      <p role="status">{t("audit.summary", { count: total })}</p>
      {rows.length === 0 ? (
        <p>{t("audit.empty")}</p>
      ) : (
        <DataTable label={t("audit.title")}>
          <thead>
            <tr>
              <th scope="col">{t("audit.when")}</th>
              <th scope="col">{t("audit.who")}</th>
              <th scope="col">{t("audit.what")}</th>
              <th scope="col">{t("audit.target")}</th>
              <th scope="col">{t("audit.before")}</th>
              <th scope="col">{t("audit.after")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{when.format(row.createdAt)}</td>
                <td>{row.actorEmail ?? t("audit.system")}</td>
                <th scope="row">{row.action}</th>
                <td>
                  {row.entityType}
                  {row.entityId ? ` #${row.entityId}` : ""}
                </td>
                <td>
                  <pre>{json(row.before)}</pre>
                </td>
                <td>
                  <pre>{json(row.after)}</pre>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pagination
        page={page}
        pages={pages}
        path="/dashboard/audit"
        query={{ action, user: actorId ? String(actorId) : undefined }}
        locale={locale}
        label={t("audit.pagination")}
      />
    </div>
  );
}
