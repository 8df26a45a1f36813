import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ReadOnlyWhenArchived } from "@/components/dashboard/read-only";
import { SessionsThemeDelete, SessionsThemeForm } from "@/components/dashboard/sessions-theme-form";
import { Link } from "@/components/link";
import { canManageEvents } from "@/lib/auth/roles";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { themeFormValues } from "@/lib/dashboard/session-values";
import { themesWithCounts } from "@/lib/dashboard/themes";
import { localize } from "@/lib/i18n/localize";
import { deleteThemeAction, saveThemeAction } from "../actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function EditThemePage({ params }: PageProps<"/[locale]/dashboard/events/[slug]/themes/[id]">) {
  const { id } = await params;
  const { locale, slug, db, event } = await dashboardEventPage(params, canManageEvents, `/themes/${id}`);
  const row = (await themesWithCounts(db, event.id)).find(({ theme }) => String(theme.id) === id);
  if (!row) notFound();
  const t = await getTranslations({ locale, namespace: "sessionsAdmin" });
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${slug}/themes`}>{t(`themes.title.${event.themeTerm}`)}</Link>
      </p>
      <h1>{localize(row.theme.name, locale)}</h1>
      <ClientMessages namespaces={["sessionsAdmin"]}>
        <ReadOnlyWhenArchived status={event.status}>
          <SessionsThemeForm serverAction={saveThemeAction} slug={slug} locale={locale} values={themeFormValues(row.theme)} />
          <SessionsThemeDelete
            serverAction={deleteThemeAction}
            slug={slug}
            locale={locale}
            id={row.theme.id}
            sessionCount={row.sessionCount}
          />
        </ReadOnlyWhenArchived>
      </ClientMessages>
    </div>
  );
}
