import { and, count, eq, isNull } from "drizzle-orm";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { CheckinDesk } from "@/components/dashboard/checkin-desk";
import { Link } from "@/components/link";
import { getDb } from "@/db/client";
import { checkIns, registrations, sessions } from "@/db/schema";
import { requirePageUser } from "@/lib/auth/guard";
import { canCheckIn } from "@/lib/auth/roles";
import { now } from "@/lib/clock";
import { searchDelegates } from "@/lib/dashboard/checkin";
import { eventForDashboard } from "@/lib/dashboard/event";
import { intlLocale, localize } from "@/lib/i18n/localize";
import { pageLocale } from "@/lib/i18n/page-locale";
import { zonedDay } from "@/lib/time";
import { checkInAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function CheckinPage({ params, searchParams }: PageProps<"/[locale]/dashboard/events/[slug]/checkin">) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  await requirePageUser(locale, canCheckIn, `/${locale}/dashboard/events/${slug}/checkin`);
  const db = getDb();
  const event = await eventForDashboard(db, slug);
  const query = await searchParams;
  const q = typeof query.q === "string" ? query.q.trim().slice(0, 100) : "";
  const sessionRows = await db
    .select({ id: sessions.id, title: sessions.title, startsAt: sessions.startsAt })
    .from(sessions)
    .where(eq(sessions.eventId, event.id))
    .orderBy(sessions.startsAt, sessions.id);
  const chosen = sessionRows.find((s) => String(s.id) === query.session) ?? null;
  const today = zonedDay(now(), event.timeZone);
  const [t, matches, [here]] = await Promise.all([
    getTranslations({ locale, namespace: "checkin" }),
    q ? searchDelegates(db, event.id, q) : Promise.resolve([]),
    chosen
      ? db.select({ value: count() }).from(checkIns).where(eq(checkIns.sessionId, chosen.id))
      : db
          .select({ value: count() })
          .from(checkIns)
          .innerJoin(registrations, eq(registrations.id, checkIns.registrationId))
          .where(and(eq(registrations.eventId, event.id), eq(checkIns.day, today), isNull(checkIns.sessionId))),
  ]);
  const when = new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: event.timeZone,
  });
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${slug}/attendance`}>{t("attendanceLink")}</Link>
      </p>
      <h1>{t("title", { event: localize(event.title, locale) })}</h1>
      <form method="get" className="card actions" aria-label={t("place.label")}>
        <div className="field">
          <label htmlFor="checkin-place">{t("place.label")}</label>
          <select id="checkin-place" name="session" defaultValue={chosen ? String(chosen.id) : ""}>
            <option value="">{t("place.venue", { day: today })}</option>
            {sessionRows.map((s) => (
              <option key={s.id} value={s.id}>{`${when.format(s.startsAt)} · ${localize(s.title, locale)}`}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="button secondary">
          {t("place.choose")}
        </button>
      </form>
      <p className="card" role="status" aria-live="polite">
        <strong data-testid="checkin-count">{here?.value ?? 0}</strong>{" "}
        {chosen ? t("countSession", { session: localize(chosen.title, locale) }) : t("countVenue", { day: today })}
      </p>
      <ClientMessages namespaces={["checkin"]}>
        <CheckinDesk
          serverAction={checkInAction}
          slug={slug}
          locale={locale}
          sessionId={chosen?.id ?? null}
          matches={matches
            .filter((m) => m.status === "confirmed")
            .map((m) => ({ id: m.id, name: `${m.givenName} ${m.familyName}`, organisation: m.organisation }))}
        />
      </ClientMessages>
      <form method="get" role="search" className="card stack" aria-label={t("search.title")}>
        {chosen ? <input type="hidden" name="session" value={chosen.id} /> : null}
        <div className="field">
          <label htmlFor="checkin-search">{t("search.title")}</label>
          <input id="checkin-search" type="search" name="q" defaultValue={q} />
        </div>
        <div>
          <button type="submit" className="button secondary">
            {t("search.submit")}
          </button>
        </div>
        {q && matches.length === 0 ? <p>{t("search.none")}</p> : null}
      </form>
    </div>
  );
}
