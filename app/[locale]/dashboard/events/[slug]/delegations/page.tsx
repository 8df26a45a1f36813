import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ReadOnlyWhenArchived } from "@/components/dashboard/read-only";
import { DataTable } from "@/components/data-table";
import { DelegationDetails } from "@/components/delegations/delegation-details";
import { DelegationForm } from "@/components/delegations/delegation-form";
import { FormMessage } from "@/components/form/form-message";
import { canManageEvents } from "@/lib/auth/roles";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { instantToLocal } from "@/lib/dashboard/event-settings";
import { listDelegations } from "@/lib/delegations/organiser";
import { countryName, intlLocale } from "@/lib/i18n/localize";
import { countryGroups } from "@/lib/registration/countries";
import {
  approveDelegationAction,
  createDelegationAction,
  reissueDelegationLinkAction,
  revokeDelegationLinkAction,
  updateDelegationAction,
} from "./actions";

export const metadata: Metadata = { robots: { index: false } };

const actions = {
  update: updateDelegationAction,
  reissue: reissueDelegationLinkAction,
  revoke: revokeDelegationLinkAction,
  approve: approveDelegationAction,
};

/** The dialogue's delegations: quota used, letter, head and status at a glance; members and controls below; the create form last. */
export default async function DelegationsPage({ params, searchParams }: PageProps<"/[locale]/dashboard/events/[slug]/delegations">) {
  const { locale, slug, db, event } = await dashboardEventPage(params, canManageEvents, "/delegations");
  const [t, registration, list, query] = await Promise.all([
    getTranslations({ locale, namespace: "delegationsAdmin" }),
    getTranslations({ locale, namespace: "registration" }),
    listDelegations(db, event.id),
    searchParams,
  ]);
  const when = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone: event.timeZone });
  const base = `/${locale}/dashboard/events/${slug}/delegations`;
  const columns = ["name", "country", "focalPoint", "quota", "letter", "head", "deadline", "status"] as const;
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <FormMessage tone="success" text={query.created ? t("messages.created") : undefined} />
      <DataTable label={t("table.caption")}>
        <caption>{t("table.caption")}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`table.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>{t("table.empty")}</td>
            </tr>
          ) : (
            list.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <a href={`#delegation-${d.id}`}>{d.name}</a>
                </th>
                <td>{d.countryCode ? countryName(d.countryCode, locale) : t("table.none")}</td>
                <td>
                  {d.focalName}
                  <br />
                  <a href={`mailto:${d.focalEmail}`}>{d.focalEmail}</a>
                </td>
                <td className="num">{t("table.placesUsed", { used: d.placesUsed, quota: d.quota })}</td>
                <td>
                  {d.letterName ? (
                    <>
                      {t("table.letterYes")} ·{" "}
                      <a href={`${base}/${d.id}/letter`} download aria-label={`${t("table.download")}: ${t("table.letter")}, ${d.name}`}>
                        {t("table.download")}
                      </a>
                    </>
                  ) : (
                    t("table.letterNo")
                  )}
                </td>
                <td>{d.head ? `${d.head.givenName} ${d.head.familyName}` : t("table.none")}</td>
                <td>{when.format(d.deadline)}</td>
                <td>
                  {d.tokenHash ? t("table.linkActive") : t("table.linkRevoked")}
                  <br />
                  {d.approvedAt ? t("table.approvedAt", { date: when.format(d.approvedAt) }) : t("table.notApproved")}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </DataTable>
      <ClientMessages namespaces={["delegationsAdmin"]}>
        <ReadOnlyWhenArchived status={event.status}>
          <div className="stack">
            {list.map((d) => (
              <DelegationDetails
                key={d.id}
                delegation={d}
                actions={actions}
                slug={slug}
                locale={locale}
                timeZone={event.timeZone}
                deadlineValue={instantToLocal(d.deadline, event.timeZone)}
              />
            ))}
            <section aria-labelledby="delegation-create" className="stack">
              <h2 id="delegation-create">{t("create.heading")}</h2>
              <p className="hint">{t("create.hint")}</p>
              <DelegationForm
                serverAction={createDelegationAction}
                slug={slug}
                locale={locale}
                timeZone={event.timeZone}
                countries={countryGroups(intlLocale(locale))}
                countryGroupLabels={{
                  eu: registration("countryGroups.eu"),
                  celac: registration("countryGroups.celac"),
                  other: registration("countryGroups.other"),
                }}
              />
            </section>
          </div>
        </ReadOnlyWhenArchived>
      </ClientMessages>
    </div>
  );
}
