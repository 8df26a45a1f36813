import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { DialogueForm } from "@/components/dialogues/dialogue-form";
import { requirePageUser } from "@/lib/auth/guard";
import { canAdminister } from "@/lib/auth/roles";
import { timeZoneChoices } from "@/lib/dialogues/dialogue-schema";
import { pageLocale } from "@/lib/i18n/page-locale";
import { createDialogueAction } from "../actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function NewDialoguePage({ params }: PageProps<"/[locale]/dashboard/dialogues/new">) {
  const locale = await pageLocale(params);
  await requirePageUser(locale, canAdminister, `/${locale}/dashboard/dialogues/new`);
  const t = await getTranslations({ locale, namespace: "dialogues" });
  return (
    <div className="stack">
      <h1>{t("newTitle")}</h1>
      <p>{t("newIntro")}</p>
      <ClientMessages namespaces={["dialogues"]}>
        <DialogueForm serverAction={createDialogueAction} locale={locale} timeZones={timeZoneChoices()} values={{ holdMinutes: "30" }} />
      </ClientMessages>
    </div>
  );
}
