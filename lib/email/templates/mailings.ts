import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { type Event, type MailingTexts, registrations, sessionSignups, sessions } from "@/db/schema";
import { config } from "@/lib/config";
import { attachment, enqueueEmail } from "@/lib/email/outbox";
import { intlLocale, localize } from "@/lib/i18n/localize";
import { fillPlaceholders, usesPlaceholder } from "@/lib/mailings/placeholders";
import { resolvedStream } from "@/lib/programme/calendar";
import { registrantLanguage } from "@/lib/registration/language";
import { registrationCalendar } from "@/lib/registration/registration-calendar";
import { hashToken, newToken } from "@/lib/tokens";
import { sessionTimeFormat } from "./registration";
import { type EmailLocale, emailLocale, emailTranslator, renderEmail } from "./render";

type Recipient = { id: number; email: string; givenName: string; familyName: string; preferredLanguage: string; locale: string };

/** The language a recipient reads: their own when the mailing has a text in it, else English. */
export function mailingLocale(texts: MailingTexts, recipient: Pick<Recipient, "preferredLanguage" | "locale">): EmailLocale {
  const locale = emailLocale(registrantLanguage(recipient));
  return texts[locale] ? locale : "en";
}

/** The delegate's sessions, one per line, with times in the dialogue's zone (and stream links when asked). */
async function sessionLines(tx: Executor, registrationId: number, event: Event, locale: EmailLocale, withStreams: boolean) {
  const rows = await tx
    .select({ session: sessions, status: sessionSignups.status })
    .from(sessionSignups)
    .innerJoin(sessions, eq(sessions.id, sessionSignups.sessionId))
    .where(and(eq(sessionSignups.registrationId, registrationId), ne(sessionSignups.status, "cancelled")))
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
  const t = emailTranslator(locale);
  if (rows.length === 0) return t("mailings.email.noSessions");
  const when = sessionTimeFormat(locale, event.timeZone);
  return rows
    .map(({ session, status }) => {
      const stream = resolvedStream(session, event);
      return (
        `• ${localize(session.title, locale)} — ${when.format(session.startsAt)} (${session.room})` +
        (status === "waitlisted" ? ` — ${t("emails.waitlisted")}` : "") +
        (withStreams && stream ? `\n  ${t("mailings.email.reminder.stream", { url: stream })}` : "")
      );
    })
    .join("\n");
}

function manageUrl(locale: EmailLocale, token: string): string {
  return `${config().appUrl}/${locale}/manage/${token}`;
}

/** One recipient's subject and bodies; `manageLink` is the link to show (a real one, or a sample in a preview). */
export async function renderMailing(
  tx: Executor,
  texts: { subject: MailingTexts; body: MailingTexts },
  event: Event,
  recipient: Recipient,
  manageLink: string,
) {
  const locale = mailingLocale(texts.body, recipient);
  const values = {
    name: `${recipient.givenName} ${recipient.familyName}`,
    manageLink,
    sessions: usesPlaceholder(texts.body[locale] ?? "", "sessions") ? await sessionLines(tx, recipient.id, event, locale, false) : "",
  };
  const subject = fillPlaceholders(texts.subject[locale] ?? texts.subject.en, values);
  const paragraphs = fillPlaceholders(texts.body[locale] ?? texts.body.en, values)
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return { locale, ...renderEmail({ locale, subject, paragraphs }) };
}

/** A sample link for previews: the shape of the real one, which is made only when the mailing is sent. */
export function sampleManageLink(locale: string): string {
  return `${config().appUrl}/${locale}/manage/…`;
}

/**
 * Queues one recipient's copy of a mailing in the sending transaction. A `{manageLink}` gets a
 * fresh personal link (only hashes are stored, so the old one cannot be sent): it is stored as
 * the registration's newer link, beside the working one, exactly as a lost-link request does.
 */
export async function queueMailingEmail(
  tx: Executor,
  mailing: { id: number; subject: MailingTexts; body: MailingTexts },
  event: Event,
  recipient: Recipient,
  notBefore: Date,
): Promise<void> {
  const locale = mailingLocale(mailing.body, recipient);
  let link: string | null = null;
  if (usesPlaceholder(mailing.body[locale] ?? "", "manageLink")) {
    const token = newToken();
    await tx
      .update(registrations)
      .set({ pendingManageTokenHash: hashToken(token) })
      .where(eq(registrations.id, recipient.id));
    link = manageUrl(locale, token);
  }
  const message = await renderMailing(tx, mailing, event, recipient, link ?? "");
  await enqueueEmail(tx, {
    kind: "mailing",
    to: recipient.email,
    replyTo: event.contactEmail,
    subject: message.subject,
    text: message.text,
    html: message.html,
    secretLinks: link ? [link] : [],
    dedupeKey: `mailing:${mailing.id}:${recipient.id}`,
    registrationId: recipient.id,
    notBefore,
  });
}

/** The automatic reminder before the dialogue: its date, the delegate's sessions with stream links, the calendar file. */
export async function queueReminderEmail(tx: Executor, event: Event, recipient: Recipient): Promise<void> {
  const locale = emailLocale(registrantLanguage(recipient));
  const t = emailTranslator(locale);
  const eventTitle = localize(event.title, locale);
  const date = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${event.startDate}T12:00:00Z`),
  );
  const values = { event: eventTitle, date, city: event.city };
  const subject = t("mailings.email.reminder.subject", values);
  const paragraphs = [
    t("emails.greeting", { name: `${recipient.givenName} ${recipient.familyName}` }),
    t("mailings.email.reminder.body", values),
    `${t("emails.sessionsHeading")}\n${await sessionLines(tx, recipient.id, event, locale, true)}`,
    t("emails.manageLinkElsewhere", { url: `${config().appUrl}/${locale}/manage` }),
    t("emails.signature"),
  ];
  const calendar = await registrationCalendar(tx, recipient.id, locale);
  await enqueueEmail(tx, {
    kind: "registration.reminder",
    to: recipient.email,
    replyTo: event.contactEmail,
    ...renderEmail({ locale, subject, paragraphs }),
    attachments: calendar ? [attachment(calendar.filename, "text/calendar; charset=utf-8; method=PUBLISH", calendar.ics)] : [],
    dedupeKey: `reminder:${recipient.id}`,
    registrationId: recipient.id,
  });
}
