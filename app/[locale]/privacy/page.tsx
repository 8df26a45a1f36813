import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import { PRIVACY_NOTICE_VERSION } from "@/lib/registration/options";
import { pageAlternates } from "@/lib/seo/urls";

export const revalidate = 3600;

const sections = ["controller", "data", "special", "use", "retention", "rights"] as const;

export async function generateMetadata({ params }: PageProps<"/[locale]/privacy">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "privacy" });
  return { title: t("metaTitle"), alternates: pageAlternates(locale, "/privacy") };
}

/** The versioned privacy notice; each registration stores the version its delegate agreed to. */
export default async function PrivacyPage({ params }: PageProps<"/[locale]/privacy">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "privacy" });
  return (
    <article className="stack prose">
      <h1>{t("title")}</h1>
      <p className="hint">{t("version", { version: PRIVACY_NOTICE_VERSION })}</p>
      <p className="lead">{t("intro")}</p>
      {sections.map((key) => (
        <section key={key} aria-labelledby={`privacy-${key}`}>
          <h2 id={`privacy-${key}`}>{t(`sections.${key}.heading`)}</h2>
          <p>{t(`sections.${key}.body`)}</p>
        </section>
      ))}
    </article>
  );
}
