import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/accounts/forgot-password-form";
import { ClientMessages } from "@/components/client-messages";
import { Link } from "@/components/link";
import { pageLocale } from "@/lib/i18n/page-locale";
import { forgotPasswordAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/forgot-password">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "accounts" });
  return { title: t("forgot.title"), robots: { index: false } };
}

export default async function ForgotPasswordPage({ params }: PageProps<"/[locale]/forgot-password">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "accounts" });
  return (
    <div className="stack">
      <h1>{t("forgot.title")}</h1>
      <p>{t("forgot.intro")}</p>
      <ClientMessages namespaces={["accounts"]}>
        <ForgotPasswordForm serverAction={forgotPasswordAction} locale={locale} />
      </ClientMessages>
      <p>
        <Link href="/sign-in">{t("forgot.backToSignIn")}</Link>
      </p>
    </div>
  );
}
