import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackupStatus } from "@/components/dashboard-shell/backup-status";
import { Link } from "@/components/link";
import { requirePageUser } from "@/lib/auth/guard";
import { canAdminister, canManageEvents, roles } from "@/lib/auth/roles";
import { listDashboardEvents } from "@/lib/dashboard/overview";
import { formatDateRange, localize } from "@/lib/i18n/localize";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { robots: { index: false } };

export default async function DashboardPage({ params }: PageProps<"/[locale]/dashboard">) {
  const locale = await pageLocale(params);
  const user = await requirePageUser(locale, roles, `/${locale}/dashboard`);
  const [t, events] = await Promise.all([getTranslations({ locale, namespace: "dashboard" }), listDashboardEvents(user)]);
  // Check-in staff land on the desk; everyone else on the overview.
  const entry = canManageEvents.includes(user.role) ? "" : "/checkin";
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">{t("events")}</h2>
        {canAdminister.includes(user.role) ? (
          <p>
            <Link href="/dashboard/dialogues/new" className="button">
              {t("newDialogue")}
            </Link>
          </p>
        ) : null}
        <DialogueCards
          events={events.filter((event) => event.status !== "archived")}
          locale={locale}
          entry={entry}
          draft={t("status.draft")}
        />
      </section>
      {events.some((event) => event.status === "archived") ? (
        <section aria-labelledby="past-heading">
          <h2 id="past-heading">{t("pastEvents")}</h2>
          <DialogueCards events={events.filter((event) => event.status === "archived")} locale={locale} entry={entry} />
        </section>
      ) : null}
      {canAdminister.includes(user.role) ? <BackupStatus locale={locale} /> : null}
    </div>
  );
}

type DashboardEvent = Awaited<ReturnType<typeof listDashboardEvents>>[number];

/** The dialogues an organiser can open; drafts say so. */
function DialogueCards({ events, locale, entry, draft }: { events: DashboardEvent[]; locale: string; entry: string; draft?: string }) {
  return (
    <ul className="card-list two">
      {events.map((event) => (
        <li key={event.slug} className="card">
          <h3>
            <Link href={`/dashboard/events/${event.slug}${entry}`}>{localize(event.title, locale)}</Link>
          </h3>
          <p>{formatDateRange(locale, event.startDate, event.endDate)}</p>
          {event.status === "draft" && draft ? <p>{draft}</p> : null}
        </li>
      ))}
    </ul>
  );
}
