import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ClientMessages } from "@/components/client-messages";
import { Link } from "@/components/link";
import { RegistrationForm } from "@/components/registration/registration-form";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/database";
import { isDialogueFull } from "@/lib/hybrid/capacity";
import { formatDateRange, intlLocale, localize } from "@/lib/i18n/localize";
import { pageLocale } from "@/lib/i18n/page-locale";
import { findOpenInvitation, invitationPrefill, invitationTokenOf } from "@/lib/invitations/link";
import { activeQuestions } from "@/lib/questions/answers";
import { toFormQuestions } from "@/lib/questions/form-questions";
import { loadEventCatalogue, registrationAvailability } from "@/lib/registration/catalogue";
import { countryGroups } from "@/lib/registration/countries";
import { PRIVACY_NOTICE_VERSION } from "@/lib/registration/options";
import { groupSessions } from "@/lib/registration/session-groups";
import { pageAlternates } from "@/lib/seo/urls";
import { registerAction } from "./actions";
import "@/components/registration/registration.css";

/** Metadata and page read the dialogue once per request. */
const catalogueOf = cache((slug: string) => loadEventCatalogue(getDb(), slug));

export async function generateMetadata({ params }: PageProps<"/[locale]/events/[slug]/register">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const [t, catalogue] = await Promise.all([getTranslations({ locale, namespace: "registration" }), catalogueOf(slug)]);
  if (!catalogue) return {};
  return {
    title: t("metaTitle", { event: localize(catalogue.event.title, locale) }),
    alternates: pageAlternates(locale, `/events/${slug}/register`),
  };
}

export default async function RegisterPage({ params, searchParams }: PageProps<"/[locale]/events/[slug]/register">) {
  await connection(); // seats left and the registration window change by the minute
  const locale = await pageLocale(params);
  const { slug } = await params;
  const db = getDb();
  const [t, catalogue] = await Promise.all([getTranslations({ locale, namespace: "registration" }), catalogueOf(slug)]);
  if (!catalogue) notFound();
  const { event } = catalogue;
  const title = localize(event.title, locale);
  const token = invitationTokenOf((await searchParams).invitation);
  // Full: the form stays open and new registrations join the dialogue's waiting list.
  const [full, questions, invitee] = await Promise.all([
    isDialogueFull(db, event),
    activeQuestions(db, event.id),
    findOpenInvitation(db, event.id, token),
  ]);
  const at = now();
  const availability = registrationAvailability({ ...event, capacity: null }, at);
  const dateFormat = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeStyle: "short", timeZone: event.timeZone });

  return (
    <div className="stack">
      <nav aria-label={t("breadcrumb")}>
        <Link href={`/events/${slug}`}>{title}</Link>
      </nav>
      <h1>{t("title", { event: title })}</h1>
      <p className="lead">
        {formatDateRange(locale, event.startDate, event.endDate)} · {event.city}
      </p>
      {availability.open && token && !invitee ? (
        <p className="notice notice-info">{t("messages.invitationUsed")}</p>
      ) : availability.open && event.inviteOnly && !invitee ? (
        <p className="notice notice-info">{t("invitation.onlyNote")}</p>
      ) : availability.open ? (
        <>
          {full ? (
            <p className="notice notice-info" data-registration="waitlist">
              {t("messages.waitlistOpen")}
            </p>
          ) : null}
          <p>{t("intro")}</p>
          {invitee ? <p className="notice notice-info">{t("invitation.welcome", { name: invitee.name })}</p> : null}
          {event.requiresApproval ? <p className="notice notice-info">{t("approvalNote")}</p> : null}
          <p className="hint">{t("requiredNote")}</p>
          <ClientMessages namespaces={["registration", "hybrid"]}>
            <RegistrationForm
              action={registerAction}
              eventSlug={slug}
              locale={locale}
              submissionKey={randomUUID()}
              countries={countryGroups(intlLocale(locale))}
              groups={groupSessions({ ...catalogue, timeZone: event.timeZone }, locale, t("sessions.general"))}
              questions={toFormQuestions(questions, locale)}
              privacyHref={`/${locale}/privacy`}
              privacyVersion={PRIVACY_NOTICE_VERSION}
              invitation={invitee ? token! : undefined}
              prefill={invitee ? invitationPrefill(invitee) : undefined}
              askAttendance={event.participationMode === "hybrid"}
            />
          </ClientMessages>
        </>
      ) : (
        <p className="notice notice-info">
          {t(`messages.${availability.reason}`, {
            date: availability.opensAt ? dateFormat.format(availability.opensAt) : "",
            minutes: 0,
          })}
        </p>
      )}
      <p>
        <Link href="/manage">{t("lostLink.prompt")}</Link>
      </p>
    </div>
  );
}
