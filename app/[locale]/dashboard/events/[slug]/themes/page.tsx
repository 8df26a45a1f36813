import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ReadOnlyWhenArchived } from "@/components/dashboard/read-only";
import { SessionsThemeForm } from "@/components/dashboard/sessions-theme-form";
import { FormMessage } from "@/components/form/form-message";
import { Link } from "@/components/link";
import { canManageEvents } from "@/lib/auth/roles";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { themesWithCounts } from "@/lib/dashboard/themes";
import { localize } from "@/lib/i18n/localize";
import { saveThemeAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function ThemesPage({ params, searchParams }: PageProps<"/[locale]/dashboard/events/[slug]/themes">) {
  const { locale, slug, db, event } = await dashboardEventPage(params, canManageEvents, `/themes`);
  const [t, rows, query] = await Promise.all([
    getTranslations({ locale, namespace: "sessionsAdmin" }),
    themesWithCounts(db, event.id),
    searchParams,
  ]);
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${slug}/sessions`}>{t("list.title")}</Link>
      </p>
      <h1>{t(`themes.title.${event.themeTerm}`)}</h1>
      {query.saved ? <FormMessage tone="success" text={t("themes.saved")} /> : null}
      {query.deleted ? <FormMessage tone="success" text={t("themes.deleted")} /> : null}
      <ul className="card-list">
        {rows.map(({ theme, sessionCount }) => (
          <li key={theme.id} className="card">
            <h2 className="h3">
              <Link href={`/dashboard/events/${slug}/themes/${theme.id}`}>{localize(theme.name, locale)}</Link>
            </h2>
            <p className="hint">{t("themes.sessions", { count: sessionCount })}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-theme">
        <h2 id="new-theme">{t(`themes.new.${event.themeTerm}`)}</h2>
        <ClientMessages namespaces={["sessionsAdmin"]}>
          <ReadOnlyWhenArchived status={event.status}>
            <SessionsThemeForm serverAction={saveThemeAction} slug={slug} locale={locale} values={{ position: String(rows.length) }} />
          </ReadOnlyWhenArchived>
        </ClientMessages>
      </section>
    </div>
  );
}
