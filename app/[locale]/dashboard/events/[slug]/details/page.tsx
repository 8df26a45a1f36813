import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ReadOnlyWhenArchived } from "@/components/dashboard/read-only";
import { CloneDialogueForm, DialogueForm } from "@/components/dialogues/dialogue-form";
import { DialogueStatusForm } from "@/components/dialogues/dialogue-status-form";
import { FormMessage } from "@/components/form/form-message";
import { canManageEvents } from "@/lib/auth/roles";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { timeZoneChoices } from "@/lib/dialogues/dialogue-schema";
import { dialogueDetailsValues } from "@/lib/dialogues/edit";
import { cloneDialogueAction, saveDialogueDetailsAction, setDialogueStatusAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

const notices = ["created", "saved", "cloned", "status"] as const;

export default async function DialogueDetailsPage({ params, searchParams }: PageProps<"/[locale]/dashboard/events/[slug]/details">) {
  const { locale, slug, event } = await dashboardEventPage(params, canManageEvents, "/details");
  const [t, search] = await Promise.all([getTranslations({ locale, namespace: "dialogues" }), searchParams]);
  const notice = notices.find((name) => search[name]);
  return (
    <div className="stack">
      <h1>{t("detailsTitle")}</h1>
      <FormMessage tone="success" text={notice ? t(notice === "status" ? "statusChanged" : notice) : undefined} />
      <p>{t("status", { status: t(`statuses.${event.status}`) })}</p>
      {event.status === "draft" ? (
        <p>
          <a href={`/${locale}/preview/${slug}`}>{t("preview")}</a>
        </p>
      ) : null}
      <ClientMessages namespaces={["dialogues"]}>
        <DialogueStatusForm serverAction={setDialogueStatusAction} slug={slug} locale={locale} status={event.status} />
        <ReadOnlyWhenArchived status={event.status}>
          <DialogueForm
            serverAction={saveDialogueDetailsAction}
            slug={slug}
            locale={locale}
            timeZones={timeZoneChoices()}
            values={dialogueDetailsValues(event)}
          />
        </ReadOnlyWhenArchived>
        <section className="stack" aria-labelledby="clone-heading">
          <h2 id="clone-heading">{t("cloneTitle")}</h2>
          <p>{t("cloneIntro")}</p>
          <CloneDialogueForm serverAction={cloneDialogueAction} slug={slug} locale={locale} />
        </section>
      </ClientMessages>
    </div>
  );
}
