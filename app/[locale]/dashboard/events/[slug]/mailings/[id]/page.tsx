import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { Link } from "@/components/link";
import { MailingSendForm } from "@/components/mailings/mailing-send-form";
import { canManageEvents } from "@/lib/auth/roles";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { intlLocale } from "@/lib/i18n/localize";
import { audienceLabels } from "@/lib/mailings/audience-labels";
import { findMailing } from "@/lib/mailings/mailings";
import { previewMailing } from "@/lib/mailings/preview";
import { sendMailingAction } from "../actions";

export const metadata: Metadata = { robots: { index: false } };

/** A mailing: before it is sent, its preview per language, the recipient count and the send form; after, what went. */
export default async function MailingPage({ params }: PageProps<"/[locale]/dashboard/events/[slug]/mailings/[id]">) {
  const { id } = await params;
  const { locale, slug, db, event } = await dashboardEventPage(params, canManageEvents, `/mailings/${id}`);
  const mailingId = Number(id);
  if (!/^\d{1,9}$/.test(id) || mailingId < 1) notFound();
  const row = await findMailing(db, event.id, mailingId);
  if (!row) notFound();
  const { mailing, sentBy } = row;
  const [t, labels] = await Promise.all([getTranslations({ locale, namespace: "mailings" }), audienceLabels(db, event, locale)]);
  const base = `/dashboard/events/${slug}/mailings`;
  if (mailing.status === "sent") {
    const when = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone: event.timeZone });
    return (
      <div className="stack">
        <h1>{mailing.subject.en}</h1>
        <p>{labels.describe(mailing.audience)}</p>
        <p>{t("preview.sentOn", { at: when.format(mailing.sentAt!), by: sentBy ?? "—", count: mailing.recipientCount ?? 0 })}</p>
        <p className="notice notice-info">{t("messages.alreadySent")}</p>
        <p>
          <Link href={base}>{t("title")}</Link>
        </p>
      </div>
    );
  }
  const preview = await previewMailing(db, event, mailing);
  return (
    <div className="stack">
      <h1>{t("preview.title", { subject: mailing.subject.en })}</h1>
      <p>{labels.describe(mailing.audience)}</p>
      <p className="lead">{t("preview.count", { count: preview.count })}</p>
      {preview.samples.map((sample) => (
        <section key={sample.locale} className="card stack" aria-labelledby={`sample-${sample.locale}`} lang={sample.locale}>
          <h2 id={`sample-${sample.locale}`} className="h3" lang={locale}>
            {t("preview.sample", { name: sample.name, language: t(`preview.languages.${sample.locale as "en"}`) })}
          </h2>
          <p>
            <strong lang={locale}>{t("preview.subject")}:</strong> {sample.subject}
          </p>
          <pre className="email-preview" style={{ whiteSpace: "pre-wrap", fontFamily: "inherit" }}>
            {sample.text}
          </pre>
        </section>
      ))}
      <p>
        <Link href={`${base}/new?draft=${mailing.id}`}>{t("preview.edit")}</Link>
      </p>
      <ClientMessages namespaces={["mailings"]}>
        <MailingSendForm
          serverAction={sendMailingAction}
          slug={slug}
          locale={locale}
          id={mailing.id}
          count={preview.count}
          repeat={preview.repeat}
        />
      </ClientMessages>
    </div>
  );
}
