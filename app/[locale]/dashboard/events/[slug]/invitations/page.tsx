import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { InviteeButton } from "@/components/dashboard/invitee-buttons";
import { InviteeForm } from "@/components/dashboard/invitee-form";
import { InviteeImportForm } from "@/components/dashboard/invitee-import-form";
import { DataTable } from "@/components/data-table";
import { FormMessage } from "@/components/form/form-message";
import { canManageEvents } from "@/lib/auth/roles";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { intlLocale } from "@/lib/i18n/localize";
import { listInvitees } from "@/lib/invitations/invitees";
import { stakeholderGroups } from "@/lib/registration/options";
import {
  addInviteeAction,
  importInviteesAction,
  removeInviteeAction,
  resendInvitationAction,
  sendInvitationsAction,
  sendRemindersAction,
} from "./actions";

export const metadata: Metadata = { robots: { index: false } };

/** The dialogue's invitation list: who is invited, who has registered, and the forms to grow and send it. */
export default async function InvitationsPage({ params, searchParams }: PageProps<"/[locale]/dashboard/events/[slug]/invitations">) {
  const { locale, slug, db, event } = await dashboardEventPage(params, canManageEvents, "/invitations");
  const [t, groups, list, query] = await Promise.all([
    getTranslations({ locale, namespace: "invitations" }),
    getTranslations({ locale, namespace: "registration" }),
    listInvitees(db, event.id),
    searchParams,
  ]);
  const groupLabels = Object.fromEntries(stakeholderGroups.map((g) => [g, groups(`stakeholderGroups.${g}`)]));
  const when = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone: event.timeZone });
  const count = (key: string) => Number(query[key]) || 0;
  const notice = query.added
    ? t("messages.added")
    : query.removed
      ? t("messages.removed")
      : query.imported
        ? t("messages.imported", { count: count("imported") })
        : query.invited
          ? t("messages.invited", { count: count("invited") })
          : query.reminded
            ? t("messages.reminded", { count: count("reminded") })
            : undefined;
  const template = (format: string) => `/${locale}/dashboard/events/${slug}/invitations/template?format=${format}`;
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <FormMessage tone="success" text={notice} />
      <ClientMessages namespaces={["invitations"]}>
        <section aria-labelledby="invitations-send" className="stack">
          <h2 id="invitations-send">{t("send.heading")}</h2>
          <p className="hint">{t("send.hint")}</p>
          <div className="actions">
            <InviteeButton serverAction={sendInvitationsAction} slug={slug} locale={locale} label={t("send.all")} />
            <InviteeButton serverAction={sendRemindersAction} slug={slug} locale={locale} label={t("send.reminders")} tone="secondary" />
          </div>
        </section>
        <DataTable label={t("table.caption")}>
          <caption>{t("table.caption")}</caption>
          <thead>
            <tr>
              {(["name", "email", "organisation", "language", "group", "invitedAt", "remindedAt", "registered", "actions"] as const).map(
                (column) => (
                  <th key={column} scope="col">
                    {t(`table.${column}`)}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {list.length === 0 ? (
              <tr>
                <td colSpan={9}>{t("table.empty")}</td>
              </tr>
            ) : (
              list.map((invitee) => (
                <tr key={invitee.id}>
                  <th scope="row">{invitee.name}</th>
                  <td>{invitee.email}</td>
                  <td>{invitee.organisation ?? ""}</td>
                  <td>{t(`languages.${invitee.preferredLanguage as "en"}`)}</td>
                  <td>{invitee.stakeholderGroup ? groupLabels[invitee.stakeholderGroup] : ""}</td>
                  <td>{invitee.invitedAt ? when.format(invitee.invitedAt) : t("table.never")}</td>
                  <td>{invitee.remindedAt ? when.format(invitee.remindedAt) : t("table.never")}</td>
                  <td>{invitee.registered ? t("table.yes") : t("table.no")}</td>
                  <td>
                    {invitee.registered ? null : (
                      <InviteeButton
                        serverAction={resendInvitationAction}
                        slug={slug}
                        locale={locale}
                        id={invitee.id}
                        label={t("send.resend", { name: invitee.name })}
                        tone="secondary"
                      />
                    )}
                    <InviteeButton
                      serverAction={removeInviteeAction}
                      slug={slug}
                      locale={locale}
                      id={invitee.id}
                      label={t("send.remove", { name: invitee.name })}
                      tone="danger"
                    />
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </DataTable>
        <section aria-labelledby="invitations-import" className="stack">
          <h2 id="invitations-import">{t("import.heading")}</h2>
          <p className="hint">{t("import.hint")}</p>
          <p>
            <a href={template("csv")} download>
              {t("import.templateCsv")}
            </a>{" "}
            ·{" "}
            <a href={template("xlsx")} download>
              {t("import.templateXlsx")}
            </a>
          </p>
          <InviteeImportForm serverAction={importInviteesAction} slug={slug} locale={locale} />
        </section>
        <section aria-labelledby="invitations-add" className="stack">
          <h2 id="invitations-add">{t("add.heading")}</h2>
          <InviteeForm serverAction={addInviteeAction} slug={slug} locale={locale} groupLabels={groupLabels} />
        </section>
      </ClientMessages>
    </div>
  );
}
