import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listPublishedEvents } from "@/db/queries/events";
import { requirePageUser } from "@/lib/auth/guard";
import { roles } from "@/lib/auth/roles";
import { Link } from "@/components/link";
import { formatDateRange, localize } from "@/lib/i18n/localize";
import { signOutAction } from "./actions";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { robots: { index: false } };

export default async function DashboardPage({ params }: PageProps<"/[locale]/dashboard">) {
  const locale = await pageLocale(params);
  const user = await requirePageUser(locale, roles, `/${locale}/dashboard`);
  const [t, events] = await Promise.all([getTranslations({ locale, namespace: "auth" }), listPublishedEvents()]);
  return (
    <div className="stack">
      <h1>{t("dashboard.title")}</h1>
      <div className="actions">
        <p>{t("dashboard.signedInAs", { name: user.name, role: t(`dashboard.roles.${user.role}`) })}</p>
        <form action={signOutAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="button secondary">
            {t("dashboard.signOut")}
          </button>
        </form>
      </div>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">{t("dashboard.events")}</h2>
        <ul className="card-list two">
          {events.map((event) => (
            <li key={event.slug} className="card">
              <h3>
                <Link href={`/dashboard/events/${event.slug}`}>{localize(event.title, locale)}</Link>
              </h3>
              <p>{formatDateRange(locale, event.startDate, event.endDate)}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
