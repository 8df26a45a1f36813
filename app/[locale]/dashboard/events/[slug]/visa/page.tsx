import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { EventFields } from "@/components/dashboard/event-fields";
import { ReadOnlyWhenArchived } from "@/components/dashboard/read-only";
import { ActionForm } from "@/components/dashboard-shell/action-form";
import { DataTable } from "@/components/data-table";
import { FormMessage } from "@/components/form/form-message";
import { Link } from "@/components/link";
import { LetterheadForm } from "@/components/visa/letterhead-form";
import { canAdminister } from "@/lib/auth/roles";
import { config } from "@/lib/config";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { countryName, intlLocale } from "@/lib/i18n/localize";
import { letterheadOf } from "@/lib/visa/letterhead";
import { visaRequestsOfEvent } from "@/lib/visa/requests";
import { emailVisaLetterAction, issueVisaLetterAction, saveLetterheadAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

const doneKeys = ["issued", "emailed", "letterhead"] as const;

/** Visa invitation letters of one dialogue: administrators only (passport data). */
export default async function VisaLettersPage({ params, searchParams }: PageProps<"/[locale]/dashboard/events/[slug]/visa">) {
  const { locale, slug, db, user, event } = await dashboardEventPage(params, canAdminister, "/visa");
  const [t, requests, letterhead, query] = await Promise.all([
    getTranslations({ locale, namespace: "visa" }),
    visaRequestsOfEvent(db, user, event.id),
    letterheadOf(db, event.id),
    searchParams,
  ]);
  const day = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "UTC" });
  const when = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: event.timeZone });
  const done = doneKeys.find((key) => query.done === key);
  const messages = Object.fromEntries(
    ["notFound", "noLetterhead", "notIssued", "forbidden", "archived", "signInRequired", "databaseUnavailable"].map((key) => [
      key,
      t(`messages.${key}`),
    ]),
  );
  const base = `/${locale}/dashboard/events/${slug}`;
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <FormMessage tone="success" text={done ? t(`done.${done}`) : undefined} />
      <p>{t("intro", { days: config().visaRetentionDays })}</p>

      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">{t("listHeading")}</h2>
        {letterhead ? null : <p className="notice notice-info">{t("letterhead.missing")}</p>}
        {requests.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <DataTable labelledBy="requests-heading">
            <thead>
              <tr>
                <th scope="col">{t("table.name")}</th>
                <th scope="col">{t("table.nationality")}</th>
                <th scope="col">{t("table.passportExpiry")}</th>
                <th scope="col">{t("table.letter")}</th>
                <th scope="col">{t("table.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => {
                const name = `${r.givenName} ${r.familyName}`;
                return (
                  <tr key={r.registrationId}>
                    <td>
                      <Link href={`/dashboard/events/${slug}/registrations/${r.registrationId}`}>{name}</Link>
                    </td>
                    <td>{countryName(r.nationality, locale)}</td>
                    <td>{day.format(new Date(`${r.passportExpiry}T12:00:00Z`))}</td>
                    <td>
                      {r.letterIssuedAt
                        ? t("table.issued", { date: when.format(r.letterIssuedAt), by: r.issuedBy ?? "—" })
                        : t("table.notIssued")}
                    </td>
                    <td>
                      <div className="actions">
                        <ActionForm
                          action={issueVisaLetterAction}
                          messages={{ ...messages, failed: messages.notFound! }}
                          label={t("issueFor", { name })}
                        >
                          <EventFields slug={slug} locale={locale} id={r.registrationId} />
                          <button type="submit" className="button secondary" aria-label={t("issueFor", { name })}>
                            {t("issue")}
                          </button>
                        </ActionForm>
                        {r.letterIssuedAt ? (
                          <>
                            <a
                              className="button secondary"
                              href={`${base}/visa/${r.registrationId}/letter`}
                              aria-label={t("downloadFor", { name })}
                            >
                              {t("download")}
                            </a>
                            <ActionForm
                              action={emailVisaLetterAction}
                              messages={{ ...messages, failed: messages.notFound! }}
                              label={t("emailFor", { name })}
                            >
                              <EventFields slug={slug} locale={locale} id={r.registrationId} />
                              <button type="submit" className="button secondary" aria-label={t("emailFor", { name })}>
                                {t("sendEmail")}
                              </button>
                            </ActionForm>
                          </>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        )}
      </section>

      <section aria-labelledby="letterhead-heading" className="stack">
        <h2 id="letterhead-heading">{t("letterhead.title")}</h2>
        <p>{t("letterhead.intro")}</p>
        <ClientMessages namespaces={["visa"]}>
          <ReadOnlyWhenArchived status={event.status}>
            <LetterheadForm
              serverAction={saveLetterheadAction}
              slug={slug}
              locale={locale}
              values={letterhead}
              hasLogo={Boolean(letterhead?.logoUploadId)}
            />
          </ReadOnlyWhenArchived>
        </ClientMessages>
      </section>
    </div>
  );
}
