import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { absoluteUrl } from "./urls";

/** Open Graph locales of the four interface languages. */
const ogLocales: Record<string, string> = { en: "en_GB", es: "es_ES", pt: "pt_BR", fr: "fr_FR" };

type Card = { locale: string; path: string; title: string; description: string };

/**
 * Open Graph and Twitter card tags, so that a link shared in a messaging app or a social network
 * shows the dialogue's title, dates and city. Text only: no image is published for dialogues.
 */
export async function socialMetadata({ locale, path, title, description }: Card): Promise<Pick<Metadata, "openGraph" | "twitter">> {
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    openGraph: {
      type: "website",
      siteName: t("siteName"),
      title,
      description,
      url: absoluteUrl(locale, path),
      locale: ogLocales[locale],
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => ogLocales[l]!),
    },
    twitter: { card: "summary", title, description },
  };
}
