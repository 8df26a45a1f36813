import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/dashboard/sign-out-button";
import { PostForm } from "@/components/form/post-form";
import { Link } from "@/components/link";
import { currentUser } from "@/lib/auth/guard";
import { canAdminister } from "@/lib/auth/roles";
import { pageLocale } from "@/lib/i18n/page-locale";
import { signOutAction } from "./actions";
import "./dashboard.css";

// Organiser pages depend on who is signed in: never cached, always rendered per request.
export const dynamic = "force-dynamic";

/**
 * The dashboard frame: who is signed in and the sections their role may open. Showing a link is
 * only a convenience; every page and action checks the role again on the server.
 */
export default async function DashboardLayout({ children, params }: LayoutProps<"/[locale]/dashboard">) {
  const locale = await pageLocale(params);
  const user = await currentUser();
  // Anonymous visitors: the page itself sends them to sign in (it knows its own path).
  if (!user) return children;
  const t = await getTranslations({ locale, namespace: "dashboard" });
  const links = [{ href: "/dashboard", label: t("nav.home") }];
  if (canAdminister.includes(user.role)) {
    links.push(
      { href: "/dashboard/accounts", label: t("nav.accounts") },
      { href: "/dashboard/audit", label: t("nav.audit") },
      { href: "/dashboard/outbox", label: t("nav.outbox") },
    );
  }
  return (
    <div className="dashboard">
      <div className="dashboard-bar">
        <nav aria-label={t("nav.label")} className="dashboard-nav">
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="dashboard-user">
          <p>{t("signedInAs", { name: user.name, role: t(`roles.${user.role}`) })}</p>
          <PostForm action={signOutAction}>
            <input type="hidden" name="locale" value={locale} />
            <SignOutButton>{t("signOut")}</SignOutButton>
          </PostForm>
        </div>
      </div>
      {children}
    </div>
  );
}
