import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import { createTranslator } from "next-intl";
import type { Executor } from "@/db/client";
import { events, registrations, sessionSignups, sessions } from "@/db/schema";
import { config } from "@/lib/config";
import { attachment, enqueueEmail } from "@/lib/email/outbox";
import { intlLocale, localize } from "@/lib/i18n/localize";
import en from "@/lib/i18n/messages/en/emails.json";
import es from "@/lib/i18n/messages/es/emails.json";
import fr from "@/lib/i18n/messages/fr/emails.json";
import pt from "@/lib/i18n/messages/pt/emails.json";
import { registrationCalendar } from "./registration-calendar";

const catalogues = { en, es, pt, fr } as const;
type EmailLocale = keyof typeof catalogues;

export type EmailKind = "received" | "confirmed" | "updated" | "declined" | "cancelled" | "promoted" | "manageLink";

type Summary = NonNullable<Awaited<ReturnType<typeof loadSummary>>>;

type Extra = {
  /** What the caller already holds (saves queries while the transaction holds its locks). */
  summary?: Summary;
  /** The secret manage token, when this message carries the link (only its hash is stored). */
  manageToken?: string;
  /** The session a "promoted" message is about. */
  sessionId?: number;
  reason?: string | null;
  dedupeKey?: string;
};

const makeTranslator = (locale: EmailLocale) => createTranslator({ locale, messages: catalogues[locale] });
const translators = new Map<EmailLocale, ReturnType<typeof makeTranslator>>();

/** One translator per language, made once (it compiles the messages it formats). */
function translator(locale: EmailLocale) {
  let t = translators.get(locale);
  if (!t) {
    t = makeTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}

export function emailLocale(locale: string): EmailLocale {
  return locale in catalogues ? (locale as EmailLocale) : "en";
}

export function manageUrl(locale: string, token: string): string {
  return `${config().appUrl}/${emailLocale(locale)}/manage/${token}`;
}

/** Everything a message about one registration says, loaded in the caller's transaction. */
async function loadSummary(tx: Executor, registrationId: number) {
  const [row] = await tx
    .select({ registration: registrations, event: events })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(registrations.id, registrationId));
  if (!row) return null;
  const signups = await tx
    .select({ status: sessionSignups.status, session: sessions })
    .from(sessionSignups)
    .innerJoin(sessions, eq(sessions.id, sessionSignups.sessionId))
    .where(and(eq(sessionSignups.registrationId, registrationId), ne(sessionSignups.status, "cancelled")))
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
  return { ...row, signups };
}

/**
 * Writes one message about a registration to the outbox, in the delegate's language, inside the
 * transaction that makes the change it tells about.
 */
export type { Summary as EmailSummary };

export async function queueRegistrationEmail(tx: Executor, registrationId: number, kind: EmailKind, extra: Extra = {}) {
  const summary = extra.summary ?? (await loadSummary(tx, registrationId));
  if (!summary || summary.registration.erasedAt) return;
  const { registration, event, signups } = summary;
  const locale = emailLocale(registration.locale);
  const t = translator(locale);
  const eventTitle = localize(event.title, locale);
  const when = sessionTimeFormat(locale, event.timeZone);
  const name = `${registration.givenName} ${registration.familyName}`;
  const paragraphs: string[] = [t("greeting", { name }), t(`${kind}.body`, { event: eventTitle, reason: extra.reason ?? "" })];

  if (kind === "promoted" && extra.sessionId) {
    const promoted = signups.find((s) => s.session.id === extra.sessionId);
    if (promoted) paragraphs.push(`${localize(promoted.session.title, locale)} — ${when.format(promoted.session.startsAt)}`);
  }
  const showsSessions = kind !== "declined" && kind !== "cancelled" && kind !== "promoted";
  const sessionLines = signups.map(
    (s) =>
      `• ${localize(s.session.title, locale)} — ${when.format(s.session.startsAt)} (${s.session.room})` +
      (s.status === "waitlisted" ? ` — ${t("waitlisted")}` : ""),
  );
  if (showsSessions) {
    paragraphs.push(sessionLines.length > 0 ? `${t("sessionsHeading")}\n${sessionLines.join("\n")}` : t("noSessions"));
  }
  if (kind === "received") paragraphs.push(t("pendingNote"));
  if (extra.manageToken) {
    paragraphs.push(`${t("manageLinkIntro")}\n${manageUrl(locale, extra.manageToken)}`, t("manageLinkSecret"));
  } else if (kind !== "declined" && kind !== "cancelled") {
    paragraphs.push(t("manageLinkElsewhere", { url: `${config().appUrl}/${locale}/manage` }));
  }
  paragraphs.push(t("signature"));

  const withCalendar = (kind === "confirmed" || kind === "updated" || kind === "promoted" || kind === "manageLink") &&
    registration.status === "confirmed";
  const calendar = withCalendar ? await registrationCalendar(tx, registration.id, locale) : null;
  await enqueueEmail(tx, {
    kind: `registration.${kind}`,
    to: registration.email,
    subject: t(`${kind}.subject`, { event: eventTitle }),
    text: paragraphs.join("\n\n") + "\n",
    html: toHtml(paragraphs, locale),
    attachments: calendar ? [attachment(calendar.filename, "text/calendar; charset=utf-8; method=PUBLISH", calendar.ics)] : [],
    dedupeKey: extra.dedupeKey,
    registrationId: registration.id,
  });
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Session times in the event's zone, e.g. "Mon 27 Nov, 11:00 GMT-5" (formatters are costly: kept). */
function sessionTimeFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), {
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      timeZone,
      timeZoneName: "short",
    });
    formats.set(key, format);
  }
  return format;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A plain, readable HTML twin of the text: paragraphs, line breaks and clickable links. */
function toHtml(paragraphs: string[], locale: string): string {
  const body = paragraphs
    .map((p) => `<p>${escapeHtml(p).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>').replace(/\n/g, "<br>")}</p>`)
    .join("\n");
  return `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1d23">${body}</body></html>`;
}
