import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ClientMessages } from "@/components/client-messages";
import { FormMessage } from "@/components/form/form-message";
import { Link } from "@/components/link";
import { pageLocale } from "@/lib/i18n/page-locale";
import { pageAlternates } from "@/lib/seo/urls";
import { signInAction } from "./actions";

// Reads the query string (callbackUrl) on every request.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("signIn.title"), robots: { index: false }, alternates: pageAlternates(locale, "/sign-in") };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const locale = await pageLocale(params);
  const query = await searchParams;
  const [t, tAccounts] = await Promise.all([
    getTranslations({ locale, namespace: "auth" }),
    getTranslations({ locale, namespace: "accounts" }),
  ]);
  const callbackUrl = typeof query.callbackUrl === "string" ? query.callbackUrl : undefined;
  return (
    <div className="stack">
      <h1>{t("signIn.title")}</h1>
      {query.created === "1" ? <FormMessage tone="success" text={t("signIn.accountCreated")} /> : null}
      {query.reset === "1" ? <FormMessage tone="success" text={tAccounts("reset.done")} /> : null}
      <ClientMessages namespaces={["auth", "accounts"]}>
        <SignInForm serverAction={signInAction} locale={locale} callbackUrl={callbackUrl} />
      </ClientMessages>
      <p>
        <Link href="/forgot-password">{tAccounts("signIn.forgotPassword")}</Link>
      </p>
    </div>
  );
}
