import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { EventSettingsForm } from "@/components/dashboard/event-settings-form";
import { ReadOnlyWhenArchived } from "@/components/dashboard/read-only";
import { FormMessage } from "@/components/form/form-message";
import { requirePageUser } from "@/lib/auth/guard";
import { canManageEvents } from "@/lib/auth/roles";
import { eventForDashboard } from "@/lib/dashboard/event";
import { eventSettingsValues } from "@/lib/dashboard/event-settings";
import { getDb } from "@/lib/database";
import { pageLocale } from "@/lib/i18n/page-locale";
import { saveEventSettingsAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function EventSettingsPage({ params, searchParams }: PageProps<"/[locale]/dashboard/events/[slug]/settings">) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  await requirePageUser(locale, canManageEvents, `/${locale}/dashboard/events/${slug}/settings`);
  const event = await eventForDashboard(getDb(), slug);
  const [t, search] = await Promise.all([getTranslations({ locale, namespace: "eventSettings" }), searchParams]);
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <FormMessage tone="success" text={search.saved ? t("saved") : undefined} />
      <p>{t("intro")}</p>
      <ClientMessages namespaces={["eventSettings"]}>
        <ReadOnlyWhenArchived status={event.status}>
          <EventSettingsForm
            serverAction={saveEventSettingsAction}
            slug={slug}
            locale={locale}
            zone={event.timeZone}
            values={eventSettingsValues(event)}
          />
        </ReadOnlyWhenArchived>
      </ClientMessages>
    </div>
  );
}
