import { getTranslations } from "next-intl/server";

/** Says, on every previewed page of a draft, that the public cannot see it yet. */
export async function DraftPreviewBanner({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "event" });
  return (
    <p className="notice notice-info draft-preview" data-preview="draft">
      {t("draftPreview")}
    </p>
  );
}
