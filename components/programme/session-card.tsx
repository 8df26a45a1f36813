import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { localize, localizedLang } from "@/lib/i18n/localize";
import { seatState } from "@/lib/programme/status";
import type { ProgrammeSession } from "@/lib/programme/types";
import { streamLabels } from "./labels";
import { SessionTime } from "./session-time";
import { StreamStatus } from "./stream-status";

type EventInfo = { slug: string; timeZone: string; themeTerm: "theme" | "pillar" };

/** One session in the schedule: everything a delegate needs to decide, without opening it. */
export async function SessionCard({
  session,
  event,
  locale,
  renderedAt,
}: {
  session: ProgrammeSession;
  event: EventInfo;
  locale: string;
  renderedAt: number;
}) {
  const t = await getTranslations({ locale, namespace: "programme" });
  const title = localize(session.title, locale);
  const headingId = `session-${session.slug}`;
  return (
    <article className="card session" aria-labelledby={headingId} data-session={session.slug}>
      <p className="session-when">
        <SessionTime start={session.startsAt.toISOString()} end={session.endsAt.toISOString()} eventZone={event.timeZone} locale={locale} />
        <span className="session-room">
          <span className="visually-hidden">{t("room")}: </span>
          {session.room}
        </span>
      </p>
      <h3 id={headingId} lang={localizedLang(session.title, locale)}>
        <NextLink href={`/${locale}/events/${event.slug}/sessions/${session.slug}`} prefetch={false}>
          {title}
        </NextLink>
      </h3>
      <SessionFacts session={session} event={event} locale={locale} />
      {session.streamUrl ? (
        <p className="session-stream">
          <StreamStatus
            start={session.startsAt.toISOString()}
            end={session.endsAt.toISOString()}
            renderedAt={renderedAt}
            streamUrl={session.streamUrl}
            title={title}
            labels={await streamLabels(locale)}
          />
        </p>
      ) : null}
    </article>
  );
}

/** Theme, format, speakers and seats, as a definition list (shared with the session page). */
export async function SessionFacts({ session, event, locale }: { session: ProgrammeSession; event: EventInfo; locale: string }) {
  const t = await getTranslations({ locale, namespace: "programme" });
  const seats = seatState(session.capacity, session.seatsTaken);
  return (
    <dl className="facts session-facts">
      <dt>{t(`theme.${event.themeTerm}`)}</dt>
      <dd data-theme={session.theme?.slug ?? ""}>{session.theme ? localize(session.theme.name, locale) : t("allThemesSession")}</dd>
      <dt>{t("kind")}</dt>
      <dd>{t(`kinds.${session.kind}`)}</dd>
      {session.speakers.length > 0 ? (
        <>
          <dt>{t("speakers")}</dt>
          <dd>{session.speakers.map((s) => (s.role ? `${s.name} (${localize(s.role, locale)})` : s.name)).join("; ")}</dd>
        </>
      ) : null}
      <dt>{t("seats")}</dt>
      <dd data-seats={seats.kind}>
        {seats.kind === "unlimited" ? (
          t("seatsUnlimited")
        ) : seats.kind === "full" ? (
          <span className="badge badge-warn">{t("seatsFull")}</span>
        ) : (
          t("seatsLeft", { count: seats.left })
        )}
      </dd>
    </dl>
  );
}
