import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/auth/setup-form";
import { ClientMessages } from "@/components/client-messages";
import { secretLinkMetadata, secretLinkParams } from "@/lib/accounts/secret-link-page";
import { findUsableSetupToken } from "@/lib/auth/setup-link";
import { getDb } from "@/lib/database";
import { setupAction } from "./actions";

export const metadata = secretLinkMetadata;

export default async function SetupPage({ params }: PageProps<"/[locale]/setup/[token]">) {
  const { locale, token } = await secretLinkParams(params);
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
