import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getProgramme } from "@/db/queries/programme";
import { localize } from "@/lib/i18n/localize";

export async function scheduleMetadata(locale: string, slug: string): Promise<Metadata> {
  const programme = await getProgramme(slug);
  if (!programme) return {};
  const t = await getTranslations({ locale, namespace: "programme" });
  const title = localize(programme.event.title, locale);
  return {
    title: t("metaTitle", { event: title }),
    description: localize(programme.event.summary, locale),
    alternates: { canonical: `/${locale}/events/${slug}/schedule` },
  };
}
