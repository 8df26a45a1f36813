import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { getDb } from "@/lib/database";
import { pageLocale } from "@/lib/i18n/page-locale";
import { holdMinutesOf } from "@/lib/registration/holds";

export async function generateMetadata({ params }: PageProps<"/[locale]/events/[slug]/register/sent">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "registration" });
  return { title: t("sent.title"), robots: { index: false } };
}

/**
 * After the form: the same page whether the address was new or already registered, so the form
 * never reveals who is. The email holds the personal link, where the delegate confirms their
 * registration within the dialogue's hold time (said here, so nobody waits past it).
 */
export default async function SentPage({ params }: PageProps<"/[locale]/events/[slug]/register/sent">) {
  await connection(); // the hold time is a setting organisers may change
  const locale = await pageLocale(params);
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: "registration" });
  const holdMinutes = await holdMinutesOf(getDb(), slug);
  return (
    <div className="stack">
      <h1>{t("sent.title")}</h1>
      <p className="notice notice-success" role="status">
        {t("sent.body", { minutes: holdMinutes ?? 30 })}
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
