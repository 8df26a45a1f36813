import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { CheckinDesk } from "@/components/dashboard/checkin-desk";
import { ReadOnlyWhenArchived } from "@/components/dashboard/read-only";
import { Link } from "@/components/link";
import { canCheckIn } from "@/lib/auth/roles";
import { now } from "@/lib/clock";
import { checkedInCount, checkInPlaces, searchDelegates } from "@/lib/dashboard/checkin";
import { dashboardEventPage } from "@/lib/dashboard/event";
import { intlLocale, localize } from "@/lib/i18n/localize";
import { zonedDay } from "@/lib/time";
import { checkInAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function CheckinPage({ params, searchParams }: PageProps<"/[locale]/dashboard/events/[slug]/checkin">) {
  const { locale, slug, db, event } = await dashboardEventPage(params, canCheckIn, `/checkin`);
  const query = await searchParams;
  const q = typeof query.q === "string" ? query.q.trim().slice(0, 100) : "";
  const sessionRows = await checkInPlaces(db, event.id);
  const chosen = sessionRows.find((s) => String(s.id) === query.session) ?? null;
  const today = zonedDay(now(), event.timeZone);
  const [t, tOffline, matches, here] = await Promise.all([
    getTranslations({ locale, namespace: "checkin" }),
    getTranslations({ locale, namespace: "checkinOffline" }),
    q ? searchDelegates(db, event.id, q) : Promise.resolve([]),
    checkedInCount(db, event.id, chosen ? { sessionId: chosen.id } : { day: today }),
  ]);
  const when = new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: event.timeZone,
  });
  return (
    <div className="stack">
      <p className="actions">
        <Link href={`/dashboard/events/${slug}/attendance`}>{t("attendanceLink")}</Link>
        <Link href={`/dashboard/events/${slug}/checkin/offline`}>{tOffline("deskLink")}</Link>
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
        <strong data-testid="checkin-count">{here}</strong>{" "}
        {chosen ? t("countSession", { session: localize(chosen.title, locale) }) : t("countVenue", { day: today })}
      </p>
      <ClientMessages namespaces={["checkin"]}>
        <ReadOnlyWhenArchived status={event.status}>
          <CheckinDesk
            serverAction={checkInAction}
            slug={slug}
            locale={locale}
            sessionId={chosen?.id ?? null}
            matches={matches
              .filter((m) => m.status === "confirmed")
              .map((m) => ({ id: m.id, name: `${m.givenName} ${m.familyName}`, organisation: m.organisation }))}
          />
        </ReadOnlyWhenArchived>
      </ClientMessages>
      <search aria-label={t("search.title")}>
        <form method="get" className="card stack">
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
      </search>
    </div>
  );
}
