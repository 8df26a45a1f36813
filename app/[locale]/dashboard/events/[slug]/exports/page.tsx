import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/guard";
import { canManageEvents } from "@/lib/auth/roles";
import { eventForDashboard } from "@/lib/dashboard/event";
import { exportKinds } from "@/lib/dashboard/exports";
import { getDb } from "@/lib/database";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { robots: { index: false } };

export default async function ExportsPage({ params }: PageProps<"/[locale]/dashboard/events/[slug]/exports">) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  await requirePageUser(locale, canManageEvents, `/${locale}/dashboard/events/${slug}/exports`);
  await eventForDashboard(getDb(), slug); // 404 for an unknown dialogue
  const t = await getTranslations({ locale, namespace: "exports" });
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <ul className="card-list">
        {exportKinds.map((kind) => (
          <li key={kind} className="card">
            <h2 className="h3">{t(`kinds.${kind}.title`)}</h2>
            <p>{t(`kinds.${kind}.description`)}</p>
            <p className="actions">
              <a href={`/${locale}/dashboard/events/${slug}/exports/${kind}?format=csv`} className="button secondary" download>
                {t("csv", { what: t(`kinds.${kind}.title`) })}
              </a>
              <a href={`/${locale}/dashboard/events/${slug}/exports/${kind}?format=xlsx`} className="button secondary" download>
                {t("xlsx", { what: t(`kinds.${kind}.title`) })}
              </a>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
