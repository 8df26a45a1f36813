import "server-only";
import type { Executor } from "@/db/client";
import type { Event, Mailing } from "@/db/schema";
import { mailingLocale, renderMailing, sampleManageLink } from "@/lib/email/templates/mailings";
import { audienceRecipients } from "./audience";
import { recentRepeat } from "./mailings";

/**
 * What the organiser checks before sending: how many registrants the audience names now, and the
 * message as one real recipient per language will read it (their name and sessions; the personal
 * link is only made when it is sent, so the preview shows its shape).
 */
export async function previewMailing(db: Executor, event: Event, mailing: Mailing) {
  const recipients = await audienceRecipients(db, event.id, mailing.audience);
  const firstPerLanguage = new Map<string, (typeof recipients)[number]>();
  for (const recipient of recipients) {
    const locale = mailingLocale(mailing.body, recipient);
    if (!firstPerLanguage.has(locale)) firstPerLanguage.set(locale, recipient);
  }
  const samples = await Promise.all(
    [...firstPerLanguage.entries()].map(async ([locale, recipient]) => {
      const message = await renderMailing(db, mailing, event, recipient, sampleManageLink(locale));
      return { locale, name: `${recipient.givenName} ${recipient.familyName}`, subject: message.subject, text: message.text };
    }),
  );
  return { count: recipients.length, samples, repeat: await recentRepeat(db, mailing) };
}
