import { getTranslations } from "next-intl/server";
import { NewPasswordForm } from "@/components/accounts/new-password-form";
import { ClientMessages } from "@/components/client-messages";
import { secretLinkMetadata, secretLinkParams } from "@/lib/accounts/secret-link-page";
import { findUsableToken } from "@/lib/accounts/tokens";
import { getDb } from "@/lib/database";
import { acceptInvitationAction } from "./actions";

export const metadata = secretLinkMetadata;

export default async function InvitationPage({ params }: PageProps<"/[locale]/invitation/[token]">) {
  const { locale, token } = await secretLinkParams(params);
  const t = await getTranslations({ locale, namespace: "accounts" });
  const usable = await findUsableToken(getDb(), token, "invitation");
  const open = usable && usable.user.passwordHash === null;
  return (
    <div className="stack">
      <h1>{t("invitation.title")}</h1>
      {open ? (
        <>
          <p>{t("invitation.intro", { role: t(`roles.${usable.user.role}`) })}</p>
          <dl className="facts">
            <dt>{t("invitation.email")}</dt>
            <dd>{usable.user.email}</dd>
          </dl>
          <ClientMessages namespaces={["accounts"]}>
            <NewPasswordForm
              serverAction={acceptInvitationAction}
              kind="invitation"
              locale={locale}
              token={token}
              email={usable.user.email}
            />
          </ClientMessages>
        </>
      ) : (
        <p className="notice notice-error">{t("invitation.invalidLink")}</p>
      )}
    </div>
  );
}
