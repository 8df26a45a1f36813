import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ReadOnlyWhenArchived } from "@/components/dashboard/read-only";
import { SessionsForm } from "@/components/dashboard/sessions-form";
import { Link } from "@/components/link";
import { sessionKind } from "@/db/schema/enums";
import { canManageEvents } from "@/lib/auth/roles";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { themesWithCounts } from "@/lib/dashboard/themes";
import { localize } from "@/lib/i18n/localize";
import { saveSessionAction } from "../actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function NewSessionPage({ params }: PageProps<"/[locale]/dashboard/events/[slug]/sessions/new">) {
  const { locale, slug, db, event } = await dashboardEventPage(params, canManageEvents, `/sessions/new`);
  const [t, themeRows] = await Promise.all([getTranslations({ locale, namespace: "sessionsAdmin" }), themesWithCounts(db, event.id)]);
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${slug}/sessions`}>{t("list.title")}</Link>
      </p>
      <h1>{t("form.newTitle")}</h1>
      <ClientMessages namespaces={["sessionsAdmin", "hybrid"]}>
        <ReadOnlyWhenArchived status={event.status}>
          <SessionsForm
            serverAction={saveSessionAction}
            slug={slug}
            locale={locale}
            values={{}}
            themes={themeRows.map(({ theme }) => ({ id: theme.id, name: localize(theme.name, locale) }))}
            kinds={sessionKind.enumValues}
            confirmed={0}
            days={{ min: event.startDate, max: event.endDate }}
          />
        </ReadOnlyWhenArchived>
      </ClientMessages>
    </div>
  );
}
