import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EventNav } from "@/components/dashboard-shell/event-nav";
import { currentUser } from "@/lib/auth/guard";
import { canManageEvents } from "@/lib/auth/roles";
import { dashboardEvent } from "@/lib/dashboard/overview";
import { localize } from "@/lib/i18n/localize";
import { pageLocale } from "@/lib/i18n/page-locale";

/**
 * One dialogue's sections, as far as the role may open them. Each page checks the role and the
 * account's dialogues itself (dashboardEventPage): a 403 thrown here would also break the re-render
 * that follows a server action.
 */
export default async function EventDashboardLayout({ children, params }: LayoutProps<"/[locale]/dashboard/events/[slug]">) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const user = await currentUser();
  if (!user) return children;
  const event = await dashboardEvent(slug);
  if (!event) notFound();
  const t = await getTranslations({ locale, namespace: "dashboard" });
  const base = `/dashboard/events/${slug}`;
  const manage = canManageEvents.includes(user.role);
  const sections = [
    ...(manage
      ? [
          { href: base, label: t("nav.overview") },
          { href: `${base}/registrations`, label: t("nav.registrations") },
          { href: `${base}/sessions`, label: t("nav.sessions") },
          { href: `${base}/themes`, label: t(event.themeTerm === "pillar" ? "nav.pillars" : "nav.themes") },
          { href: `${base}/questions`, label: t("nav.questions") },
          { href: `${base}/invitations`, label: t("nav.invitations") },
          { href: `${base}/delegations`, label: t("nav.delegations") },
          { href: `${base}/mailings`, label: t("nav.mailings") },
        ]
      : []),
    // Passport data: administrators only.
    ...(user.role === "admin" ? [{ href: `${base}/visa`, label: t("nav.visa") }] : []),
    { href: `${base}/checkin`, label: t("nav.checkin") },
    { href: `${base}/attendance`, label: t("nav.attendance") },
    ...(manage
      ? [
          { href: `${base}/badges`, label: t("nav.badges") },
          { href: `${base}/certificates`, label: t("nav.certificates") },
          { href: `${base}/exports`, label: t("nav.exports") },
          { href: `${base}/details`, label: t("nav.details") },
          { href: `${base}/settings`, label: t("nav.settings") },
        ]
      : []),
  ];
  const title = localize(event.title, locale);
  return (
    <div className="stack">
      <p className="lead">{title}</p>
      <EventNav label={t("nav.eventLabel", { event: title })} locale={locale} links={sections} />
      {event.status === "archived" ? <p className="notice notice-info">{t("archivedReadOnly")}</p> : null}
      {children}
    </div>
  );
}
