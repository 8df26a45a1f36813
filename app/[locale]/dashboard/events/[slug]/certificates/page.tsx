import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SendCertificatesForm } from "@/components/certificates/send-certificates-form";
import { ClientMessages } from "@/components/client-messages";
import { canManageEvents } from "@/lib/auth/roles";
import { certificateSummary } from "@/lib/certificates/certificates";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { formatDateRange } from "@/lib/i18n/localize";
import { sendCertificatesAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

/** Certificates of attendance: who may have one, how many went, and "Send certificates" once the dialogue is over. */
export default async function CertificatesPage({ params, searchParams }: PageProps<"/[locale]/dashboard/events/[slug]/certificates">) {
  const { locale, slug, db, event } = await dashboardEventPage(params, canManageEvents, "/certificates");
  const [t, summary] = await Promise.all([getTranslations({ locale, namespace: "certificates" }), certificateSummary(db, event)]);
  const sent = Number((await searchParams).sent);
  return (
    <div className="stack">
      <h1>{t("dashboard.title")}</h1>
      {Number.isInteger(sent) && sent > 0 ? (
        <p className="notice notice-success" role="status">
          {t("dashboard.queued", { count: sent })}
        </p>
      ) : null}
      <p>{t("dashboard.intro")}</p>
      <ul>
        <li>{t("dashboard.eligible", { count: summary.eligible })}</li>
        <li>{t("dashboard.sent", { count: summary.sent })}</li>
        <li>{t("dashboard.toSend", { count: summary.toSend })}</li>
      </ul>
      {!summary.ended ? (
        <p className="notice notice-info">{t("dashboard.notYet", { date: formatDateRange(locale, event.endDate, event.endDate) })}</p>
      ) : summary.toSend === 0 ? (
        <p className="notice notice-info">{t("dashboard.nothingToSend")}</p>
      ) : (
        <section className="card stack" aria-labelledby="send-heading">
          <h2 id="send-heading">{t("dashboard.send")}</h2>
          <ClientMessages namespaces={["certificates"]}>
            <SendCertificatesForm serverAction={sendCertificatesAction} slug={slug} locale={locale} count={summary.toSend} />
          </ClientMessages>
        </section>
      )}
    </div>
  );
}
