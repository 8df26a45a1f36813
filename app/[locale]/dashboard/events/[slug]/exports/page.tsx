import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { canManageEvents } from "@/lib/auth/roles";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { exportKinds } from "@/lib/dashboard/exports";

export const metadata: Metadata = { robots: { index: false } };

export default async function ExportsPage({ params }: PageProps<"/[locale]/dashboard/events/[slug]/exports">) {
  // 404 for an unknown dialogue, 403 for the wrong role or another organiser's dialogue.
  const { locale, slug } = await dashboardEventPage(params, canManageEvents, "/exports");
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
