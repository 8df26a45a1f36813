import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { streamLabels } from "@/components/programme/labels";
import { SessionFacts } from "@/components/programme/session-card";
import { SessionTime } from "@/components/programme/session-time";
import { StreamStatus } from "@/components/programme/stream-status";
import { ZoneSwitch } from "@/components/programme/zone-switch";
import { now } from "@/lib/clock";
import { localize, localizedLang } from "@/lib/i18n/localize";
import { pageLocale } from "@/lib/i18n/page-locale";
import { scheduleHref } from "@/lib/programme/filters";
import { formatDay } from "@/lib/programme/format";
import { sessionMetadata } from "@/lib/programme/metadata";
import { getProgramme } from "@/lib/programme/programme";
import { registrationState } from "@/lib/programme/status";
import { zonedDay } from "@/lib/time";
import "@/components/programme/programme.css";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/events/[slug]/sessions/[session]">;

async function load(params: Props["params"]) {
  const { slug, session: sessionSlug } = await params;
  const programme = await getProgramme(slug);
  const session = programme?.sessions.find((s) => s.slug === sessionSlug);
  if (!programme || !session) notFound();
  return { programme, session };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { programme, session } = await load(params);
  return sessionMetadata(locale, programme, session);
}

export default async function SessionPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { programme, session } = await load(params);
  const { event } = programme;
  const t = await getTranslations({ locale, namespace: "programme" });
  const title = localize(session.title, locale);
  const day = zonedDay(session.startsAt, event.timeZone);
  const base = `/${locale}/events/${event.slug}`;
  return (
    <article className="stack session-page" aria-labelledby="session-title">
      <p className="breadcrumb">
        <a href={base}>{localize(event.title, locale)}</a> › <a href={scheduleHref(locale, event.slug, { day })}>{t("title")}</a>
      </p>
      <h1 id="session-title" lang={localizedLang(session.title, locale)}>
        {title}
      </h1>
      {session.isSample ? <p className="notice notice-info">{t("sample")}</p> : null}
      <dl className="facts">
        <dt>{t("when")}</dt>
        <dd>
          <SessionTime
            eventDay={formatDay(day, locale)}
            start={session.startsAt.toISOString()}
            end={session.endsAt.toISOString()}
            eventZone={event.timeZone}
            locale={locale}
          />
        </dd>
        <dt>{t("room")}</dt>
        <dd>
          {session.room}, {localize(event.venue, locale)}, {event.city}
        </dd>
      </dl>
      <ZoneSwitch
        eventZone={event.timeZone}
        locale={locale}
        at={session.startsAt.toISOString()}
        labels={{ note: t.raw("timesIn") as string, group: t("zoneSwitch"), event: t("eventZone"), viewer: t("viewerZone") }}
      />
      <SessionFacts session={session} event={event} locale={locale} />
      <p lang={localizedLang(session.description, locale)}>{localize(session.description, locale)}</p>
      {session.streamUrl ? (
        <p className="session-stream">
          <StreamStatus
            start={session.startsAt.toISOString()}
            end={session.endsAt.toISOString()}
            renderedAt={now().getTime()}
            streamUrl={session.streamUrl}
            title={title}
            labels={await streamLabels(locale)}
          />
        </p>
      ) : null}
      <p className="actions">
        <a className="button secondary" href={`${base}/sessions/${session.slug}/session.ics`} download>
          {t("sessionCalendar")}
        </a>
        {registrationState(event, now()).kind === "open" ? <a href={`${base}/register`}>{t("register")}</a> : null}
      </p>
    </article>
  );
}
