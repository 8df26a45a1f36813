import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { events, registrations, sessionSignups, sessions } from "@/db/schema";
import { signCheckInCode } from "@/lib/checkin/signing";
import { config } from "@/lib/config";
import type { Ticket } from "@/lib/documents/ticket";
import { attachment, enqueueEmail } from "@/lib/email/outbox";
import { dialogueRemoteLinkFor } from "@/lib/hybrid/remote-access";
import { formatDateRange, intlLocale, localize } from "@/lib/i18n/localize";
import { registrantLanguage } from "@/lib/registration/language";
import { registrationCalendar } from "@/lib/registration/registration-calendar";
import { type EmailLocale, emailLocale, emailTranslator, renderEmail } from "./render";

export type EmailKind =
  | "confirmAddress"
  | "received"
  | "confirmed"
  | "updated"
  | "declined"
  | "cancelled"
  | "promoted"
  | "manageLink"
  /** The dialogue was full: on its waiting list, number `position`. */
  | "joinedWaitlist"
  /** Promoted from the dialogue's waiting list: a place is held, to confirm with the new link. */
  | "placeOffered";

type Summary = NonNullable<Awaited<ReturnType<typeof loadSummary>>>;

type Extra = {
  /** What the caller already holds (saves queries while the transaction holds its locks). */
  summary?: Summary;
  /** The secret manage token, when this message carries the link (only its hash is stored). */
  manageToken?: string;
  /** The session a "promoted" message is about. */
  sessionId?: number;
  reason?: string | null;
  /** Place on the dialogue's waiting list ("joinedWaitlist"). */
  position?: number;
  dedupeKey?: string;
};

function manageUrl(locale: EmailLocale, token: string): string {
  return `${config().appUrl}/${locale}/manage/${token}`;
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
  const t = emailTranslator(locale);
  const eventTitle = localize(event.title, locale);
  const when = sessionTimeFormat(locale, event.timeZone);
  const name = `${registration.givenName} ${registration.familyName}`;
  const paragraphs: string[] = [
    t("emails.greeting", { name }),
    t(`emails.${kind}.body`, { event: eventTitle, reason: extra.reason ?? "", minutes: event.holdMinutes, position: extra.position ?? 0 }),
  ];

  if (kind === "promoted" && extra.sessionId) {
    const promoted = signups.find((s) => s.session.id === extra.sessionId);
    if (promoted) paragraphs.push(`${localize(promoted.session.title, locale)} — ${when.format(promoted.session.startsAt)}`);
  }
  const showsSessions = kind !== "declined" && kind !== "cancelled" && kind !== "promoted";
  const sessionLines = signups.map(
    (s) =>
      `• ${localize(s.session.title, locale)} — ${when.format(s.session.startsAt)} (${s.session.room})` +
      (s.status === "waitlisted" ? ` — ${t("emails.waitlisted")}` : ""),
  );
  if (showsSessions) {
    paragraphs.push(sessionLines.length > 0 ? `${t("emails.sessionsHeading")}\n${sessionLines.join("\n")}` : t("emails.noSessions"));
  }
  if (kind === "received" || (kind === "confirmAddress" && event.requiresApproval)) paragraphs.push(t("emails.pendingNote"));
  // Until the address is confirmed the seats are only held: every message with the link says so.
  if (registration.status === "unconfirmed" && registration.holdExpiresAt && extra.manageToken) {
    paragraphs.push(t("emails.confirmNote", { time: when.format(registration.holdExpiresAt) }));
  }
  const link = extra.manageToken ? manageUrl(locale, extra.manageToken) : null;
  if (link) {
    paragraphs.push(`${t("emails.manageLinkIntro")}\n${link}`, t("emails.manageLinkSecret"));
  } else if (kind !== "declined" && kind !== "cancelled") {
    paragraphs.push(t("emails.manageLinkElsewhere", { url: `${config().appUrl}/${locale}/manage` }));
  }
  const withCalendar =
    (kind === "confirmed" || kind === "updated" || kind === "promoted" || kind === "manageLink") && registration.status === "confirmed";
  // Only a confirmed remote delegate's messages carry the private video link (sealed like the manage link).
  const remoteLink = withCalendar ? dialogueRemoteLinkFor(registration, event) : null;
  if (remoteLink) paragraphs.push(`${t("emails.remoteLinkIntro")}\n${remoteLink}`);
  // The QR code is drawn when the message is sent, from the sealed check-in token (lib/email/sealed.ts).
  if (withCalendar) paragraphs.push(t("emails.qrIntro"));
  paragraphs.push(t("emails.signature"));

  const subject = t(`emails.${kind}.subject`, { event: eventTitle });
  const calendar = withCalendar ? await registrationCalendar(tx, registration.id, locale) : null;
  // Signed now: each message re-issues the code, so delegates with an old-style one get a signed one.
  const checkInCode = withCalendar ? await signCheckInCode(event.id, registration.id) : null;
  const { text, html } = renderEmail({
    locale,
    subject,
    paragraphs,
    // The QR image goes after the paragraph that introduces it, before the signature.
    image: withCalendar ? { cid: CHECK_IN_QR_CID, alt: t("emails.qrAlt"), size: 200, afterParagraph: paragraphs.length - 2 } : undefined,
  });
  await enqueueEmail(tx, {
    kind: `registration.${kind}`,
    to: registration.email,
    replyTo: event.contactEmail,
    subject,
    text,
    html,
    attachments: calendar ? [attachment(calendar.filename, "text/calendar; charset=utf-8; method=PUBLISH", calendar.ics)] : [],
    secretLinks: [link, remoteLink].filter((l): l is string => l !== null),
    inlineQrCodes: checkInCode ? [{ cid: CHECK_IN_QR_CID, filename: "check-in-qr.png", text: checkInCode }] : [],
    documents: checkInCode
      ? [
          {
            kind: "ticket",
            filename: `${t("emails.ticket.filename")}-${event.slug}.pdf`,
            data: ticketOf(summary, locale, when, checkInCode),
          },
        ]
      : [],
    dedupeKey: extra.dedupeKey,
    registrationId: registration.id,
  });
}

/** The PDF ticket's content, in the delegate's language: confirmed sessions only, times in the event's zone. */
function ticketOf({ registration, event, signups }: Summary, locale: EmailLocale, when: Intl.DateTimeFormat, checkInCode: string): Ticket {
  const t = emailTranslator(locale);
  return {
    language: locale,
    labels: {
      title: t("emails.ticket.title"),
      sessions: t("emails.ticket.sessions"),
      qrAlt: t("emails.qrAlt"),
      noSessions: t("emails.noSessions"),
    },
    dialogue: {
      title: localize(event.title, locale),
      dates: formatDateRange(locale, event.startDate, event.endDate),
      place: `${localize(event.venue, locale)}, ${event.city}`,
    },
    delegate: { name: `${registration.givenName} ${registration.familyName}`, organisation: registration.organisation },
    sessions: signups
      .filter((s) => s.status === "confirmed")
      .map((s) => ({ title: localize(s.session.title, locale), when: `${when.format(s.session.startsAt)} (${s.session.room})` })),
    checkInCode,
  };
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Session times in the event's zone, e.g. "Mon 27 Nov, 11:00 GMT-5" (formatters are costly: kept). */
export function sessionTimeFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
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
