import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";

export async function SiteFooter({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t("footer.about")}</p>
        <ul>
          <li>
            <Link href="/privacy">{t("footer.privacy")}</Link>
          </li>
          <li>
            <Link href="/sign-in">{t("nav.organisers")}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
