import { getTranslations } from "next-intl/server";
import { NewPasswordForm } from "@/components/accounts/new-password-form";
import { ClientMessages } from "@/components/client-messages";
import { secretLinkMetadata, secretLinkParams } from "@/lib/accounts/secret-link-page";
import { findUsableToken } from "@/lib/accounts/tokens";
import { getDb } from "@/lib/database";
import { resetPasswordAction } from "./actions";

export const metadata = secretLinkMetadata;

export default async function ResetPasswordPage({ params }: PageProps<"/[locale]/reset-password/[token]">) {
  const { locale, token } = await secretLinkParams(params);
  const t = await getTranslations({ locale, namespace: "accounts" });
  const usable = await findUsableToken(getDb(), token, "password_reset");
  return (
    <div className="stack">
      <h1>{t("reset.title")}</h1>
      {usable ? (
        <ClientMessages namespaces={["accounts"]}>
          <NewPasswordForm serverAction={resetPasswordAction} kind="reset" locale={locale} token={token} email={usable.user.email} />
        </ClientMessages>
      ) : (
        <p className="notice notice-error">{t("reset.invalidLink")}</p>
      )}
    </div>
  );
}
