import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { fieldGrid, StatusBadge } from "@/components/dashboard/registrations-status";
import { Pagination } from "@/components/dashboard-shell/pagination";
import { DataTable } from "@/components/data-table";
import { Link } from "@/components/link";
import { registrationStatus, stakeholderGroup } from "@/db/schema/enums";
import { canManageEvents } from "@/lib/auth/roles";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { filtersQuery, parseRegistrationFilters, type registrationSorts } from "@/lib/dashboard/registration-filters";
import { filterChoices, listRegistrations } from "@/lib/dashboard/registrations";
import { intlLocale, localize } from "@/lib/i18n/localize";
import { allQuestions } from "@/lib/questions/answers";

export const metadata: Metadata = { robots: { index: false } };

export default async function RegistrationsPage({ params, searchParams }: PageProps<"/[locale]/dashboard/events/[slug]/registrations">) {
  const { locale, slug, db, event } = await dashboardEventPage(params, canManageEvents, `/registrations`);
  const base = `/dashboard/events/${slug}/registrations`;
  const filters = parseRegistrationFilters(await searchParams);
  const [t, { rows, total, pages }, choices, questions] = await Promise.all([
    getTranslations({ locale, namespace: "registrations" }),
    listRegistrations(db, event.id, filters),
    filterChoices(db, event.id),
    allQuestions(db, event.id),
  ]);
  // One formatter per render: building an Intl.DisplayNames per row costs more than the query.
  const regions = new Intl.DisplayNames([intlLocale(locale)], { type: "region" });
  const countryName = (code: string) => regions.of(code) ?? code;
  const dateFormat = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: event.timeZone });
  const sortLink = (sort: (typeof registrationSorts)[number]) =>
    `${base}${filtersQuery(filters, { sort, dir: filters.sort === sort && filters.dir === "asc" ? "desc" : "asc", page: 1 })}`;
  const ariaSort = (sort: string) => (filters.sort === sort ? (filters.dir === "asc" ? "ascending" : "descending") : undefined);
  const exportQuery = filtersQuery({ ...filters, page: 1 });
  const exportBase = `/${locale}/dashboard/events/${slug}/exports/registrations${exportQuery ? `${exportQuery}&` : "?"}`;
  return (
    <div className="stack">
      <h1>{t("list.title")}</h1>
      <search aria-label={t("list.filters")}>
        <form method="get" className="card">
          <div style={fieldGrid}>
            <div className="field">
              <label htmlFor="filter-q">{t("list.search")}</label>
              <input id="filter-q" type="search" name="q" defaultValue={filters.q ?? ""} />
            </div>
            <div className="field">
              <label htmlFor="filter-status">{t("fields.status")}</label>
              <select id="filter-status" name="status" defaultValue={filters.status ?? ""}>
                <option value="">{t("list.any")}</option>
                {registrationStatus.enumValues.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="filter-group">{t("fields.stakeholderGroup")}</label>
              <select id="filter-group" name="group" defaultValue={filters.group ?? ""}>
                <option value="">{t("list.any")}</option>
                {stakeholderGroup.enumValues.map((g) => (
                  <option key={g} value={g}>
                    {t(`groups.${g}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="filter-country">{t("fields.countryCode")}</label>
              <select id="filter-country" name="country" defaultValue={filters.country ?? ""}>
                <option value="">{t("list.any")}</option>
                {choices.countries.map((c) => (
                  <option key={c} value={c}>
                    {countryName(c)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="filter-session">{t("list.session")}</label>
              <select id="filter-session" name="session" defaultValue={filters.session ? String(filters.session) : ""}>
                <option value="">{t("list.any")}</option>
                {choices.sessions.map((s) => (
                  <option key={s.id} value={s.id}>{`${dateFormat.format(s.startsAt)} · ${localize(s.title, locale)}`}</option>
                ))}
              </select>
            </div>
            {questions.length > 0 ? (
              <div className="field">
                <label htmlFor="filter-answer">{t("list.answer")}</label>
                <select id="filter-answer" name="answer" defaultValue={filters.answer ?? ""}>
                  <option value="">{t("list.any")}</option>
                  {questions.map((q) => (
                    <optgroup key={q.id} label={localize(q.label, locale)}>
                      <option value={q.id}>{t("list.answered")}</option>
                      {q.kind === "yes_no"
                        ? (["yes", "no"] as const).map((v) => (
                            <option key={v} value={`${q.id}:${v}`}>
                              {t(`answers.${v}`)}
                            </option>
                          ))
                        : q.options.map((o) => (
                            <option key={o.key} value={`${q.id}:${o.key}`}>
                              {localize(o.label, locale)}
                            </option>
                          ))}
                    </optgroup>
                  ))}
                </select>
              </div>
            ) : null}
          </div>
          <input type="hidden" name="sort" value={filters.sort} />
          <input type="hidden" name="dir" value={filters.dir} />
          <div className="actions">
            <button type="submit" className="button">
              {t("list.apply")}
            </button>
            <Link href={base} className="button secondary">
              {t("list.reset")}
            </Link>
          </div>
        </form>
      </search>
      <div className="actions">
        <p role="status">{t("list.count", { total })}</p>
        <a href={`${exportBase}format=csv`} className="button secondary" download>
          {t("list.exportCsv")}
        </a>
        <a href={`${exportBase}format=xlsx`} className="button secondary" download>
          {t("list.exportXlsx")}
        </a>
      </div>
      <DataTable label={t("list.title")}>
        <caption className="visually-hidden">{t("list.caption", { page: filters.page, pages })}</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort("name")}>
              <Link href={sortLink("name")}>{t("fields.name")}</Link>
            </th>
            <th scope="col" aria-sort={ariaSort("organisation")}>
              <Link href={sortLink("organisation")}>{t("fields.organisation")}</Link>
            </th>
            <th scope="col">{t("fields.stakeholderGroup")}</th>
            <th scope="col" aria-sort={ariaSort("country")}>
              <Link href={sortLink("country")}>{t("fields.countryCode")}</Link>
            </th>
            <th scope="col" aria-sort={ariaSort("status")}>
              <Link href={sortLink("status")}>{t("fields.status")}</Link>
            </th>
            <th scope="col" aria-sort={ariaSort("created")}>
              <Link href={sortLink("created")}>{t("fields.createdAt")}</Link>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`${base}/${r.id}`}>{`${r.familyName}, ${r.givenName}`}</Link>
                <br />
                <span className="hint">{r.email}</span>
              </td>
              <td>{r.organisation}</td>
              <td>{t(`groups.${r.stakeholderGroup}`)}</td>
              <td>{countryName(r.countryCode)}</td>
              <td>
                <StatusBadge status={r.status} label={t(`status.${r.status}`)} />
              </td>
              <td>{dateFormat.format(r.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {rows.length === 0 ? <p>{t("list.empty")}</p> : null}
      <Pagination
        page={filters.page}
        pages={pages}
        path={base}
        query={Object.fromEntries(new URLSearchParams(filtersQuery(filters, { page: 1 })))}
        locale={locale}
        label={t("list.pagination")}
      />
    </div>
  );
}
