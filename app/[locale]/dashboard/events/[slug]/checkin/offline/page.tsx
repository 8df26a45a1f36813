import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OfflineDesk } from "@/components/checkin/offline-desk";
import { ClientMessages } from "@/components/client-messages";
import { ReadOnlyWhenArchived } from "@/components/dashboard/read-only";
import { Link } from "@/components/link";
import { canCheckIn } from "@/lib/auth/roles";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { localize } from "@/lib/i18n/localize";
import { pageLocale } from "@/lib/i18n/page-locale";
import "./desk.css";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/events/[slug]/checkin/offline">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: "checkinOffline" });
  // The manifest makes the desk installable (a home-screen app that opens here, full screen).
  return {
    title: t("manifest.name"),
    robots: { index: false },
    manifest: `/api/checkin/${encodeURIComponent(slug)}/manifest?locale=${locale}`,
  };
}

/**
 * The offline check-in desk. The server checks the session and role on every online visit and
 * renders the frame only: no delegate's data is in this page (the service worker keeps a copy of
 * it for the desk's offline visits); the roster comes from the roster endpoint into IndexedDB.
 */
export default async function OfflineDeskPage({ params, searchParams }: PageProps<"/[locale]/dashboard/events/[slug]/checkin/offline">) {
  const { locale, slug, user, event } = await dashboardEventPage(params, canCheckIn, "/checkin/offline");
  const kiosk = (await searchParams).view === "kiosk";
  const t = await getTranslations({ locale, namespace: "checkinOffline" });
  return (
    <div className={`stack ${kiosk ? "desk-kiosk-page" : ""}`}>
      <p className="actions">
        <Link href={`/dashboard/events/${slug}/checkin`}>{t("onlineDesk")}</Link>
        {kiosk ? (
          <Link href={`/dashboard/events/${slug}/checkin/offline`}>{t("standardView")}</Link>
        ) : (
          <Link href={`/dashboard/events/${slug}/checkin/offline?view=kiosk`}>{t("kioskView")}</Link>
        )}
      </p>
      <h1>{t("title", { event: localize(event.title, locale) })}</h1>
      <p>{t("intro")}</p>
      <ClientMessages namespaces={["checkin", "checkinOffline"]}>
        <ReadOnlyWhenArchived status={event.status}>
          <OfflineDesk accountId={String(user.id)} slug={slug} locale={locale} kiosk={kiosk} />
        </ReadOnlyWhenArchived>
      </ClientMessages>
    </div>
  );
}
