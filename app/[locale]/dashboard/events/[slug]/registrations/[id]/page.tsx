import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BadgeSection } from "@/components/badges/badge-section";
import { ClientMessages } from "@/components/client-messages";
import { ReadOnlyWhenArchived } from "@/components/dashboard/read-only";
import { RegistrationsDecisions } from "@/components/dashboard/registrations-decisions";
import { StatusBadge } from "@/components/dashboard/registrations-status";
import { DataTable } from "@/components/data-table";
import { FormMessage } from "@/components/form/form-message";
import { Link } from "@/components/link";
import { VisaRequestFacts } from "@/components/visa/visa-request-facts";
import { canManageEvents } from "@/lib/auth/roles";
import { certificateStatus } from "@/lib/certificates/certificates";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { registrationDetail } from "@/lib/dashboard/registrations";
import { countryName, intlLocale, localize } from "@/lib/i18n/localize";
import { answerText } from "@/lib/questions/answer-text";
import { answeredQuestions } from "@/lib/questions/answers";
import { visaFactsForPage } from "@/lib/visa/facts";
import { approveAction, cancelAction, declineAction, resendAction } from "../actions";
import { removeBadgePhotoAction, setBadgeRoleAction, uploadBadgePhotoAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

const shownFields = [
  "email",
  "phone",
  "organisation",
  "position",
  "represents",
  "preferredLanguage",
  "locale",
  "accessibilityNeeds",
  "dietaryRequirements",
  "decisionReason",
] as const;

const decisionActions = { approve: approveAction, decline: declineAction, cancel: cancelAction, resend: resendAction };
const badgeActions = { role: setBadgeRoleAction, photo: uploadBadgePhotoAction, removePhoto: removeBadgePhotoAction };

export default async function RegistrationDetailPage({
  params,
  searchParams,
}: PageProps<"/[locale]/dashboard/events/[slug]/registrations/[id]">) {
  const { id } = await params;
  const { locale, slug, db, user, event } = await dashboardEventPage(params, canManageEvents, `/registrations/${id}`);
  const base = `/dashboard/events/${slug}/registrations`;
  const registrationId = Number(id);
  const detail = Number.isSafeInteger(registrationId) && registrationId > 0 ? await registrationDetail(db, event.id, registrationId) : null;
  if (!detail) notFound();
  const { registration: r, signups, attendance, emails, audit } = detail;
  const t = await getTranslations({ locale, namespace: "registrations" });
  const answers = await answeredQuestions(db, event.id, r.id);
  // Passport data: read for administrators only (organisers never get it, not even in the page's data).
  const visa = await visaFactsForPage(db, user, event, r.id, locale);
  const words = { yes: t("answers.yes"), no: t("answers.no"), country: (code: string) => countryName(code, locale) };
  const tAdmin = await getTranslations({ locale, namespace: "admin" });
  const when = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone: event.timeZone });
  const done = (await searchParams).done;
  const certificate = attendance.length > 0 && (await certificateStatus(db, event, r.id)) === "eligible";
  const tCertificates = await getTranslations({ locale, namespace: "certificates" });
  return (
    <div className="stack">
      <p>
        <Link href={base}>{t("list.title")}</Link>
      </p>
      <h1>{`${r.honorific ? `${r.honorific} ` : ""}${r.givenName} ${r.familyName}`}</h1>
      {done === "saved" || done === "unchanged" ? <FormMessage tone="success" text={t(`detail.${done}`)} /> : null}
      <p>
        <StatusBadge status={r.status} label={t(`status.${r.status}`)} />
      </p>
      <dl className="facts">
        <dt>{t("fields.stakeholderGroup")}</dt>
        <dd>{t(`groups.${r.stakeholderGroup}`)}</dd>
        <dt>{t("fields.countryCode")}</dt>
        <dd>{countryName(r.countryCode, locale)}</dd>
        {shownFields.map((field) =>
          r[field] ? (
            <div key={field} style={{ display: "contents" }}>
              <dt>{t(`fields.${field}`)}</dt>
              <dd>{r[field]}</dd>
            </div>
          ) : null,
        )}
        <dt>{t("fields.createdAt")}</dt>
        <dd>{when.format(r.createdAt)}</dd>
        {r.emailConfirmedAt ? (
          <>
            <dt>{t("fields.emailConfirmedAt")}</dt>
            <dd>{when.format(r.emailConfirmedAt)}</dd>
          </>
        ) : r.holdExpiresAt ? (
          <>
            <dt>{t("fields.holdExpiresAt")}</dt>
            <dd>{when.format(r.holdExpiresAt)}</dd>
          </>
        ) : null}
      </dl>
      {answers.length > 0 ? (
        <section aria-labelledby="answers-heading">
          <h2 id="answers-heading">{t("answers.title")}</h2>
          <dl className="facts">
            {answers.map(({ question, value }) => (
              <div key={question.id} style={{ display: "contents" }}>
                <dt>
                  {localize(question.label, locale)}
                  {question.removedAt ? ` ${t("answers.removed")}` : null}
                </dt>
                <dd>{answerText(question, value, locale, words)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {visa ? <VisaRequestFacts {...visa} listHref={`/dashboard/events/${slug}/visa`} /> : null}
      <div className="actions">
        <Link href={`${base}/${r.id}/edit`} className="button secondary">
          {t("detail.edit")}
        </Link>
      </div>
      <ClientMessages namespaces={["registrations"]}>
        <ReadOnlyWhenArchived status={event.status}>
          <RegistrationsDecisions actions={decisionActions} slug={slug} locale={locale} id={r.id} status={r.status} />
        </ReadOnlyWhenArchived>
      </ClientMessages>
      <BadgeSection actions={badgeActions} slug={slug} locale={locale} eventStatus={event.status} registration={r} />

      <section aria-labelledby="signups-heading">
        <h2 id="signups-heading">{t("detail.signups")}</h2>
        {signups.length === 0 ? (
          <p>{t("detail.none")}</p>
        ) : (
          <ul>
            {signups.map((s) => (
              <li key={s.id}>
                {`${when.format(s.startsAt)} · ${localize(s.title, locale)} `}
                <StatusBadge status={s.status} label={t(`signupStatus.${s.status}`)} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="checkins-heading">
        <h2 id="checkins-heading">{t("detail.checkIns")}</h2>
        {attendance.length === 0 ? (
          <p>{t("detail.none")}</p>
        ) : (
          <ul>
            {attendance.map((c) => (
              <li key={c.id}>
                {t("detail.checkInLine", {
                  at: when.format(c.at),
                  place: c.sessionTitle ? localize(c.sessionTitle, locale) : t("detail.venue"),
                  by: c.by ?? "—",
                })}
              </li>
            ))}
          </ul>
        )}
        {certificate ? (
          <p>
            <a className="button secondary" href={`/${locale}/dashboard/events/${slug}/certificates/${r.id}`}>
              {tCertificates("dashboard.download")}
            </a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="emails-heading">
        <h2 id="emails-heading">{t("detail.emails")}</h2>
        {emails.length === 0 ? (
          <p>{t("detail.none")}</p>
        ) : (
          <ul>
            {emails.map((e) => (
              <li key={e.id}>{`${when.format(e.createdAt)} · ${e.subject} (${tAdmin(`outbox.statuses.${e.status}`)})`}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="audit-heading">
        <h2 id="audit-heading">{t("detail.audit")}</h2>
        {audit.length === 0 ? (
          <p>{t("detail.none")}</p>
        ) : (
          <DataTable labelledBy="audit-heading">
            <thead>
              <tr>
                <th scope="col">{t("detail.when")}</th>
                <th scope="col">{t("detail.who")}</th>
                <th scope="col">{t("detail.what")}</th>
                <th scope="col">{t("detail.change")}</th>
              </tr>
            </thead>
            <tbody>
              {audit.map((a) => (
                <tr key={a.id}>
                  <td>{when.format(a.createdAt)}</td>
                  <td>{a.actorEmail ?? "—"}</td>
                  <td>{a.action}</td>
                  <td>
                    <code>{`${JSON.stringify(a.before ?? {})} → ${JSON.stringify(a.after ?? {})}`}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>
    </div>
  );
}
