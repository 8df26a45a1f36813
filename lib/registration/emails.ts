import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import { createTranslator } from "next-intl";
import type { Executor } from "@/db/client";
import { events, registrations, sessionSignups, sessions } from "@/db/schema";
import { config } from "@/lib/config";
import { escapeHtml, htmlDocument, paragraphsToHtml } from "@/lib/email/html";
import { attachment, enqueueEmail } from "@/lib/email/outbox";
import { intlLocale, localize } from "@/lib/i18n/localize";
import en from "@/lib/i18n/messages/en/emails.json";
import es from "@/lib/i18n/messages/es/emails.json";
import fr from "@/lib/i18n/messages/fr/emails.json";
import pt from "@/lib/i18n/messages/pt/emails.json";
import { registrantLanguage } from "./language";
import { registrationCalendar } from "./registration-calendar";

const catalogues = { en, es, pt, fr } as const;
type EmailLocale = keyof typeof catalogues;

export type EmailKind = "confirmAddress" | "received" | "confirmed" | "updated" | "declined" | "cancelled" | "promoted" | "manageLink";

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

function emailLocale(locale: string): EmailLocale {
  return locale in catalogues ? (locale as EmailLocale) : "en";
}

function manageUrl(locale: string, token: string): string {
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

/** Content-ID of the check-in QR code shown inside the HTML part. */
const CHECK_IN_QR_CID = "check-in-qr@dialogos";

/**
 * Writes one message about a registration to the outbox, in the delegate's preferred language,
 * inside the transaction that makes the change it tells about. It echoes only the delegate's name
 * (validated: no links, addresses or control characters) and the dialogue's own data, never other
 * text a registrant typed, so nobody can make our official mail carry their words to an address.
 */

export async function queueRegistrationEmail(tx: Executor, registrationId: number, kind: EmailKind, extra: Extra = {}) {
  const summary = extra.summary ?? (await loadSummary(tx, registrationId));
  if (!summary || summary.registration.erasedAt) return;
  const { registration, event, signups } = summary;
  const locale = emailLocale(registrantLanguage(registration));
  const t = translator(locale);
  const eventTitle = localize(event.title, locale);
  const when = sessionTimeFormat(locale, event.timeZone);
  const name = `${registration.givenName} ${registration.familyName}`;
  const paragraphs: string[] = [
    t("greeting", { name }),
    t(`${kind}.body`, { event: eventTitle, reason: extra.reason ?? "", minutes: event.holdMinutes }),
  ];

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
  if (kind === "received" || (kind === "confirmAddress" && event.requiresApproval)) paragraphs.push(t("pendingNote"));
  // Until the address is confirmed the seats are only held: every message with the link says so.
  if (registration.status === "unconfirmed" && registration.holdExpiresAt && extra.manageToken) {
    paragraphs.push(t("confirmNote", { time: when.format(registration.holdExpiresAt) }));
  }
  const link = extra.manageToken ? manageUrl(locale, extra.manageToken) : null;
  if (link) {
    paragraphs.push(`${t("manageLinkIntro")}\n${link}`, t("manageLinkSecret"));
  } else if (kind !== "declined" && kind !== "cancelled") {
    paragraphs.push(t("manageLinkElsewhere", { url: `${config().appUrl}/${locale}/manage` }));
  }
  const withCalendar =
    (kind === "confirmed" || kind === "updated" || kind === "promoted" || kind === "manageLink") && registration.status === "confirmed";
  // The QR code is drawn when the message is sent, from the sealed check-in token (lib/email/sealed.ts).
  if (withCalendar) paragraphs.push(t("qrIntro"));
  paragraphs.push(t("signature"));

  const subject = t(`${kind}.subject`, { event: eventTitle });
  const calendar = withCalendar ? await registrationCalendar(tx, registration.id, locale) : null;
  const qrImage = `<p><img src="cid:${CHECK_IN_QR_CID}" width="200" height="200" alt="${escapeHtml(t("qrAlt"))}"></p>`;
  const htmlParagraphs = paragraphsToHtml(paragraphs);
  await enqueueEmail(tx, {
    kind: `registration.${kind}`,
    to: registration.email,
    replyTo: event.contactEmail,
    subject,
    text: `${paragraphs.join("\n\n")}\n`,
    html: htmlDocument({ locale, title: subject, body: withCalendar ? insertBeforeLast(htmlParagraphs, qrImage) : htmlParagraphs }),
    attachments: calendar ? [attachment(calendar.filename, "text/calendar; charset=utf-8; method=PUBLISH", calendar.ics)] : [],
    secretLinks: link ? [link] : [],
    inlineQrCodes: withCalendar ? [{ cid: CHECK_IN_QR_CID, filename: "check-in-qr.png", text: registration.checkInToken }] : [],
    dedupeKey: extra.dedupeKey,
    registrationId: registration.id,
  });
}

/** The QR image goes after the paragraph that introduces it, before the signature. */
function insertBeforeLast(htmlParagraphs: string, image: string): string {
  const cut = htmlParagraphs.lastIndexOf("\n<p>");
  return cut < 0 ? `${htmlParagraphs}\n${image}` : `${htmlParagraphs.slice(0, cut)}\n${image}${htmlParagraphs.slice(cut)}`;
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
