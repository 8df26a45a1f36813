import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { MailingComposeForm } from "@/components/mailings/mailing-compose-form";
import { canManageEvents } from "@/lib/auth/roles";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { audienceLabels } from "@/lib/mailings/audience-labels";
import { draftFormValues } from "@/lib/mailings/mailings";
import { composeMailingAction } from "../actions";

export const metadata: Metadata = { robots: { index: false } };

/**
 * Compose a mailing. Each showing of the form carries a new idempotency key; "Change it" from a
 * preview (`?draft=<id>`) brings the draft back with its own key, so saving updates that draft.
 */
export default async function NewMailingPage({ params, searchParams }: PageProps<"/[locale]/dashboard/events/[slug]/mailings/new">) {
  const { locale, slug, db, event } = await dashboardEventPage(params, canManageEvents, "/mailings/new");
  const query = await searchParams;
  const draftId = Number(typeof query.draft === "string" ? query.draft : Number.NaN);
  const [t, labels, draft] = await Promise.all([
    getTranslations({ locale, namespace: "mailings" }),
    audienceLabels(db, event, locale),
    Number.isInteger(draftId) && draftId > 0 && draftId <= 2_147_483_647 ? draftFormValues(db, event.id, draftId) : null,
  ]);
  return (
    <div className="stack">
      <h1>{t("compose.title")}</h1>
      <ClientMessages namespaces={["mailings", "sessionsAdmin"]}>
        <MailingComposeForm
          serverAction={composeMailingAction}
          slug={slug}
          locale={locale}
          filters={labels.filters}
          values={draft ?? { key: randomUUID(), status: "confirmed" }}
        />
      </ClientMessages>
    </div>
  );
}
