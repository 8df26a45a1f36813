import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { TextField } from "@/components/form/fields";
import { PostForm } from "@/components/form/post-form";
import { pageLocale } from "@/lib/i18n/page-locale";
import { pageAlternates } from "@/lib/seo/urls";
import { requestLinkAction } from "./actions";

// Rendered per request: under [locale] (empty generateStaticParams) it would otherwise be cached as static.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/manage">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "registration" });
  return { title: t("lostLink.title"), robots: { index: false }, alternates: pageAlternates(locale, "/manage") };
}

/** "I lost my personal link": a fresh one by email; the answer never says whether an address is registered. */
export default async function LostLinkPage({ params, searchParams }: PageProps<"/[locale]/manage">) {
  await connection(); // its notices come from the query string
  const locale = await pageLocale(params);
  const search = (await searchParams) as { sent?: string; error?: string; erased?: string };
  const t = await getTranslations({ locale, namespace: "registration" });
  const error = search.error === "email" ? t("errors.email") : search.error === "rateLimited" ? t("lostLink.rateLimited") : undefined;
  return (
    <div className="stack">
      <h1>{t("lostLink.title")}</h1>
      {search.erased ? (
        <p className="notice notice-success" role="status">
          {t("manage.done.erased")}
        </p>
      ) : null}
      {search.sent ? (
        <p className="notice notice-success" role="status">
          {t("lostLink.sent")}
        </p>
      ) : null}
      <p>{t("lostLink.intro")}</p>
      <PostForm action={requestLinkAction} className="form">
        <input type="hidden" name="locale" value={locale} />
        <TextField name="email" type="email" label={t("fields.email")} autoComplete="email" required error={error} />
        <div>
          <button type="submit" className="button">
            {t("lostLink.submit")}
          </button>
        </div>
      </PostForm>
    </div>
  );
}
