import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { pageLocale } from "@/lib/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/events/[slug]/register/sent">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "registration" });
  return { title: t("sent.title"), robots: { index: false } };
}

/**
 * After the form: the same page whether the address was new or already registered, so the form
 * never reveals who is. The email holds the confirmation, the QR code and the personal link.
 */
export default async function SentPage({ params }: PageProps<"/[locale]/events/[slug]/register/sent">) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: "registration" });
  return (
    <div className="stack">
      <h1>{t("sent.title")}</h1>
      <p className="notice notice-success" role="status">
        {t("sent.body")}
      </p>
      <p>{t("sent.next")}</p>
      <p className="hint">{t("sent.spam")}</p>
      <p className="actions">
        <Link className="button secondary" href={`/events/${slug}`}>
          {t("sent.back")}
        </Link>
        <Link href="/manage">{t("lostLink.prompt")}</Link>
      </p>
    </div>
  );
}
