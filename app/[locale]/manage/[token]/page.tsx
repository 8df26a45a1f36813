import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { PostForm } from "@/components/form/post-form";
import { ManageParticipationSection } from "@/components/hybrid/manage-participation";
import { Link } from "@/components/link";
import { ConfirmForm } from "@/components/registration/confirm-form";
import { ManageSessionsForm } from "@/components/registration/manage-sessions-form";
import { certificateStatus } from "@/lib/certificates/certificates";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/database";
import { manageParticipation } from "@/lib/hybrid/manage-view";
import { countryName, formatDateRange, intlLocale, localize } from "@/lib/i18n/localize";
import { pageLocale } from "@/lib/i18n/page-locale";
import { loadEventCatalogue, registrationAvailability } from "@/lib/registration/catalogue";
import { isLive } from "@/lib/registration/live";
import { loadRegistrationView } from "@/lib/registration/manage";
import { groupSessions } from "@/lib/registration/session-groups";
import { hasVisaRequest } from "@/lib/visa/requests";
import {
  cancelRegistrationAction,
  changeAttendanceAction,
  changeSessionsAction,
  confirmAddressAction,
  eraseRegistrationAction,
  withdrawVisaRequestAction,
} from "./actions";
import "@/components/registration/registration.css";

// "same-origin", not "no-referrer": the secret link still never leaves this site, and a form posted
// without JavaScript keeps its Origin header (under no-referrer Chromium sends "null", which Next's
// server-action origin check refuses).
export const metadata: Metadata = { robots: { index: false }, referrer: "same-origin" };

type Search = { done?: string; error?: string; participation?: string };

/** The delegate's own page, opened by the secret link from their email: confirmation and self-service. */
export default async function ManagePage({ params, searchParams }: PageProps<"/[locale]/manage/[token]">) {
  await connection();
  const locale = await pageLocale(params);
  const { token } = await params;
  const search = (await searchParams) as Search;
  const t = await getTranslations({ locale, namespace: "registration" });
  const db = getDb();
  const view = await loadRegistrationView(db, token);
  if (!view) {
    return (
      <div className="stack">
        <h1>{t("manage.invalidTitle")}</h1>
        <p className="notice notice-error">{t("manage.messages.invalidLink")}</p>
        <p>
          <Link href="/manage">{t("lostLink.prompt")}</Link>
        </p>
      </div>
    );
  }
  const { registration: r, event, signups, positions, waitlistPlace } = view;
  const eventTitle = localize(event.title, locale);
  // An unconfirmed hold is active while it lasts: the delegate may change or cancel it too.
  const active = isLive(r, now());
  const unconfirmed = r.status === "unconfirmed" && active;
  const canChange = active && registrationAvailability({ ...event, capacity: null }, now()).open;
  const catalogue = canChange ? await loadEventCatalogue(db, event.slug) : null;
  const time = new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: event.timeZone,
  });
  const api = `/api/manage/${encodeURIComponent(token)}`;
  const doneKeys = ["saved", "cancelled", "addressConfirmed", "addressPending", "visaWithdrawn"] as const;
  const visaRequested = await hasVisaRequest(db, r.id);
  const done = doneKeys.find((key) => key === search.done);
  const until = r.holdExpiresAt ? time.format(r.holdExpiresAt) : "";
  // A hold that ran out but was not yet expired by the background pass reads as what it is.
  const status = r.status === "unconfirmed" && !unconfirmed ? "expired" : r.status;
  const certificate = r.status === "confirmed" ? await certificateStatus(db, event, r.id) : null;
  const tCertificates = await getTranslations({ locale, namespace: "certificates" });
  const participation = manageParticipation(r, event, signups, { locale, token, at: now() });

  return (
    <div className="stack">
      <h1>{t("manage.title", { event: eventTitle })}</h1>
      <p className="lead">
        {formatDateRange(locale, event.startDate, event.endDate)} · {event.city}
      </p>
      {done ? (
        <p className="notice notice-success" role="status">
          {t(`manage.done.${done}`)}
        </p>
      ) : null}
      {search.error === "expired" ? (
        <p className="notice notice-error" role="alert">
          {t("manage.messages.expired")}
        </p>
      ) : null}
      <p
        className={`notice ${status === "confirmed" ? "notice-success" : status === "pending" || status === "unconfirmed" || status === "waitlisted" ? "notice-info" : "notice-error"}`}
      >
        <strong>{t(`manage.status.${status}`)}</strong> {t(`manage.statusText.${status}`, { time: until, position: waitlistPlace ?? 0 })}
      </p>
      {unconfirmed ? (
        <section aria-labelledby="confirm-heading" className="card stack">
          <h2 id="confirm-heading">{t("manage.confirmHeading")}</h2>
          <p>{t("manage.confirmBody", { time: until })}</p>
          <PostForm action={confirmAddressAction}>
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="button">
              {t("manage.confirmSubmit")}
            </button>
          </PostForm>
        </section>
      ) : null}
      {status === "expired" ? (
        <p>
          <Link className="button" href={`/events/${event.slug}/register`}>
            {t("manage.registerAgain")}
          </Link>
        </p>
      ) : null}
      <p className="hint">{t("manage.keepLink")}</p>

      {r.status === "confirmed" ? (
        <section aria-labelledby="qr-heading" className="card stack">
          <h2 id="qr-heading">{t("manage.qrHeading")}</h2>
          {/* biome-ignore lint/performance/noImgElement: a private, uncached image; next/image would route it through the shared optimiser cache */}
          <img className="qr" src={`${api}/qr`} width={240} height={240} alt={t("manage.qrAlt")} />
          <p className="hint">{t("manage.qrHint")}</p>
          <p className="actions">
            <a className="button secondary" href={`${api}/qr`} download="dialogos-check-in.png">
              {t("manage.downloadQr")}
            </a>
            <a className="button secondary" href={`${api}/calendar?locale=${locale}`}>
              {t("manage.downloadCalendar")}
            </a>
          </p>
        </section>
      ) : null}

      {participation ? (
        <ManageParticipationSection
          view={participation}
          action={changeAttendanceAction}
          token={token}
          locale={locale}
          done={search.participation}
        />
      ) : null}

      {certificate ? (
        <section aria-labelledby="certificate-heading" className="card stack">
          <h2 id="certificate-heading">{tCertificates("manage.heading")}</h2>
          {certificate === "eligible" ? (
            <>
              <p>{tCertificates("manage.ready")}</p>
              <p>
                <a className="button secondary" href={`${api}/certificate`}>
                  {tCertificates("manage.download")}
                </a>
              </p>
            </>
          ) : (
            <p className="notice notice-info">
              {certificate === "notYet"
                ? tCertificates("manage.notYet", { date: formatDateRange(locale, event.endDate, event.endDate) })
                : tCertificates("manage.notAttended")}
            </p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="sessions-heading" className="stack">
        <h2 id="sessions-heading">{t("manage.sessionsHeading")}</h2>
        {signups.length === 0 ? (
          <p>{t("manage.noSessions")}</p>
        ) : (
          <ul className="signup-list">
            {signups.map((s) => (
              <li key={s.session.id}>
                <span className="session-title">{localize(s.session.title, locale)}</span>{" "}
                <span className="hint">
                  {time.format(s.session.startsAt)} · {s.session.room}
                </span>{" "}
                {s.status === "confirmed" ? (
                  <span className="badge badge-open">{t("manage.signup.confirmed")}</span>
                ) : waitlistPlace != null ? (
                  <span className="badge badge-warn">{t("manage.signup.afterPlace")}</span>
                ) : (
                  <span className="badge badge-warn">{t("manage.signup.waitlisted", { position: positions.get(s.session.id) ?? 1 })}</span>
                )}
              </li>
            ))}
          </ul>
        )}
        {catalogue ? (
          <details className="card">
            <summary>{t("manage.changeSessions")}</summary>
            <ClientMessages namespaces={["registration"]}>
              <ManageSessionsForm
                action={changeSessionsAction}
                token={token}
                locale={locale}
                groups={groupSessions({ ...catalogue, timeZone: event.timeZone }, locale, t("sessions.general"))}
                held={signups.map((s) => s.session.id)}
              />
            </ClientMessages>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="details-heading" className="card">
        <h2 id="details-heading">{t("manage.detailsHeading")}</h2>
        <dl className="facts">
          <dt>{t("fields.givenName")}</dt>
          <dd>
            {r.honorific ? `${t(`honorifics.${r.honorific}` as "honorifics.dr")} ` : ""}
            {r.givenName}
          </dd>
          <dt>{t("fields.familyName")}</dt>
          <dd>{r.familyName}</dd>
          <dt>{t("fields.email")}</dt>
          <dd>{r.email}</dd>
          {r.phone ? (
            <>
              <dt>{t("fields.phone")}</dt>
              <dd>{r.phone}</dd>
            </>
          ) : null}
          <dt>{t("fields.organisation")}</dt>
          <dd>{r.organisation}</dd>
          <dt>{t("fields.position")}</dt>
          <dd>{r.position}</dd>
          <dt>{t("fields.stakeholderGroup")}</dt>
          <dd>{t(`stakeholderGroups.${r.stakeholderGroup}`)}</dd>
          <dt>{t("fields.country")}</dt>
          <dd>{countryName(r.countryCode, locale)}</dd>
          <dt>{t("fields.represents")}</dt>
          <dd>{r.represents}</dd>
          <dt>{t("fields.preferredLanguage")}</dt>
          <dd>{t(`languages.${r.preferredLanguage}` as "languages.en")}</dd>
          {r.accessibilityNeeds ? (
            <>
              <dt>{t("fields.accessibilityNeeds")}</dt>
              <dd>{r.accessibilityNeeds}</dd>
            </>
          ) : null}
          {r.dietaryRequirements ? (
            <>
              <dt>{t("fields.dietaryRequirements")}</dt>
              <dd>{r.dietaryRequirements}</dd>
            </>
          ) : null}
        </dl>
        <p className="hint">{t("manage.privacyRecord", { version: r.privacyNoticeVersion })}</p>
        <p>
          <a className="button secondary" href={`${api}/data`} download="dialogos-my-data.json">
            {t("manage.downloadData")}
          </a>
        </p>
      </section>

      {active || r.status === "waitlisted" ? (
        <ConfirmForm
          id="cancel"
          action={cancelRegistrationAction}
          token={token}
          locale={locale}
          heading={t("manage.cancelHeading")}
          body={t("manage.cancelBody")}
          confirmLabel={t("manage.cancelConfirm")}
          submitLabel={t("manage.cancelSubmit")}
          error={search.error === "confirmCancel" ? t("errors.confirmRequired") : undefined}
        />
      ) : null}
      {visaRequested ? (
        <ConfirmForm
          id="visa"
          action={withdrawVisaRequestAction}
          token={token}
          locale={locale}
          heading={t("manage.visaHeading")}
          body={t("manage.visaBody")}
          confirmLabel={t("manage.visaConfirm")}
          submitLabel={t("manage.visaSubmit")}
          error={search.error === "confirmVisa" ? t("errors.confirmRequired") : undefined}
        />
      ) : null}
      <ConfirmForm
        id="erase"
        action={eraseRegistrationAction}
        token={token}
        locale={locale}
        heading={t("manage.eraseHeading")}
        body={t("manage.eraseBody")}
        confirmLabel={t("manage.eraseConfirm")}
        submitLabel={t("manage.eraseSubmit")}
        error={search.error === "confirmErase" ? t("errors.confirmRequired") : undefined}
      />
    </div>
  );
}
