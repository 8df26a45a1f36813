import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { LanguageSwitcher } from "./language-switcher";

const languageNames: Record<string, string> = { en: "English", es: "Español", pt: "Português", fr: "Français" };

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <header className="site-header">
      <div className="container">
        <Link href="/" className="brand">
          <span className="brand-name">{t("siteName")}</span>
          <span className="brand-tagline">{t("tagline")}</span>
        </Link>
        <nav className="header-nav" aria-label={t("mainNavigation")}>
          <Link href="/">{t("nav.dialogues")}</Link>
          <LanguageSwitcher label={t("language")} current={locale} names={languageNames} />
        </nav>
      </div>
    </header>
  );
}
