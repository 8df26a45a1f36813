import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/auth/setup-form";
import { ClientMessages } from "@/components/client-messages";
import { getDb } from "@/db/client";
import { findUsableSetupToken } from "@/lib/auth/setup-link";
import { pageLocale } from "@/lib/i18n/page-locale";
import { setupAction } from "./actions";

// "same-origin", not "no-referrer": the secret link still never leaves this site, and a form posted
// without JavaScript keeps its Origin header (under no-referrer Chromium sends "null", which Next's
// server-action origin check refuses).
export const metadata: Metadata = { robots: { index: false }, referrer: "same-origin" };

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
            <SetupForm serverAction={setupAction} locale={locale} token={token} />
          </ClientMessages>
        </>
      ) : (
        <p className="notice notice-error">{t("setup.invalidLink")}</p>
      )}
    </div>
  );
}
