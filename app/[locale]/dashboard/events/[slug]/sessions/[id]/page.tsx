import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ReadOnlyWhenArchived } from "@/components/dashboard/read-only";
import { SessionsDeleteForm } from "@/components/dashboard/sessions-delete-form";
import { SessionsForm } from "@/components/dashboard/sessions-form";
import { Link } from "@/components/link";
import { sessionKind } from "@/db/schema/enums";
import { canManageEvents } from "@/lib/auth/roles";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { sessionFormValues } from "@/lib/dashboard/session-values";
import { eventSession } from "@/lib/dashboard/sessions";
import { themesWithCounts } from "@/lib/dashboard/themes";
import { localize } from "@/lib/i18n/localize";
import { deleteSessionAction, saveSessionAction } from "../actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function EditSessionPage({ params }: PageProps<"/[locale]/dashboard/events/[slug]/sessions/[id]">) {
  const { id } = await params;
  const { locale, slug, db, event } = await dashboardEventPage(params, canManageEvents, `/sessions/${id}`);
  const sessionId = Number(id);
  if (!Number.isSafeInteger(sessionId) || sessionId <= 0) notFound();
  const found = await eventSession(db, event.id, sessionId);
  if (!found) notFound();
  const { session, activeSignups: active } = found;
  const [t, themeRows] = await Promise.all([getTranslations({ locale, namespace: "sessionsAdmin" }), themesWithCounts(db, event.id)]);
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${slug}/sessions`}>{t("list.title")}</Link>
      </p>
      <h1>{t("form.editTitle", { title: localize(session.title, locale) })}</h1>
      <p>
        <Link href={`/dashboard/events/${slug}/registrations?session=${session.id}`}>
          {t("form.signupsLink", { confirmed: session.seatsTaken })}
        </Link>
      </p>
      <p className="actions">
        <a href={`/${locale}/dashboard/events/${slug}/exports/sessions?session=${session.id}&format=csv`} download>
          {t("form.listCsv")}
        </a>
        <a href={`/${locale}/dashboard/events/${slug}/exports/sessions?session=${session.id}&format=xlsx`} download>
          {t("form.listXlsx")}
        </a>
      </p>
      <ClientMessages namespaces={["sessionsAdmin", "hybrid"]}>
        <ReadOnlyWhenArchived status={event.status}>
          <SessionsForm
            serverAction={saveSessionAction}
            slug={slug}
            locale={locale}
            values={sessionFormValues(session, event.timeZone)}
            themes={themeRows.map(({ theme }) => ({ id: theme.id, name: localize(theme.name, locale) }))}
            kinds={sessionKind.enumValues}
            confirmed={session.seatsTaken}
            days={{ min: event.startDate, max: event.endDate }}
          />
          <SessionsDeleteForm serverAction={deleteSessionAction} slug={slug} locale={locale} id={session.id} active={active} />
        </ReadOnlyWhenArchived>
      </ClientMessages>
    </div>
  );
}
