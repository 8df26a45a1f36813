import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { NewPasswordForm } from "@/components/accounts/new-password-form";
import { ClientMessages } from "@/components/client-messages";
import { getDb } from "@/db/client";
import { findUsableToken } from "@/lib/accounts/tokens";
import { pageLocale } from "@/lib/i18n/page-locale";
import { acceptInvitationAction } from "./actions";

// "same-origin", not "no-referrer": the secret link still never leaves this site, and a form posted
// without JavaScript keeps its Origin header (under no-referrer Chromium sends "null", which Next's
// server-action origin check refuses).
export const metadata: Metadata = { robots: { index: false }, referrer: "same-origin" };

export default async function InvitationPage({ params }: PageProps<"/[locale]/invitation/[token]">) {
  await connection(); // never cached: the link is single-use
  const locale = await pageLocale(params);
  const { token } = await params;
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
