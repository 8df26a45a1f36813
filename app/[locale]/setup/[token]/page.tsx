import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/auth/setup-form";
import { ClientMessages } from "@/components/client-messages";
import { getDb } from "@/db/client";
import { findUsableSetupToken } from "@/lib/auth/setup-link";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { robots: { index: false }, referrer: "no-referrer" };

export default async function SetupPage({ params }: PageProps<"/[locale]/setup/[token]">) {
  await connection(); // never cached: the link is single-use
  const locale = await pageLocale(params);
  const { token } = await params;
  const t = await getTranslations({ locale, namespace: "auth" });
  const usable = await findUsableSetupToken(getDb(), token);
  return (
    <div className="stack">
      <h1>{t("setup.title")}</h1>
      {usable ? (
        <>
          <p>{t("setup.intro")}</p>
          <ClientMessages namespaces={["auth"]}>
            <SetupForm locale={locale} token={token} />
          </ClientMessages>
        </>
      ) : (
        <p className="notice notice-error">{t("setup.invalidLink")}</p>
      )}
    </div>
  );
}
