import "server-only";
import type { Executor } from "@/db/client";
import type { LocalizedText } from "@/db/schema/localized";
import { enqueueEmail } from "@/lib/email/outbox";
import { localize } from "@/lib/i18n/localize";
import { registrantLanguage } from "@/lib/registration/language";
import { emailLocale, emailTranslator, renderEmail } from "./render";

/** The organisers' own messages; decisions and promotions use ./registration.ts. */
export type OpsEmailKind = "movedToWaitlist" | "sessionCancelled";

type Recipient = { id: number; email: string; givenName: string; locale: string; preferredLanguage: string };

/**
 * Queues one of the organisers' emails in the delegate's preferred language, in the caller's
 * transaction: the email exists exactly when the change it tells about committed. It echoes only
 * the delegate's given name and the dialogue's own titles.
 */
export async function enqueueOpsEmail(
  db: Executor,
  kind: OpsEmailKind,
  to: Recipient,
  context: { eventTitle: LocalizedText; sessionTitle?: LocalizedText; dedupeKey?: string; replyTo?: string | null },
): Promise<void> {
  const locale = emailLocale(registrantLanguage(to));
  const t = emailTranslator(locale);
  const values = {
    name: to.givenName,
    event: localize(context.eventTitle, locale),
    session: localize(context.sessionTitle, locale),
  };
  const paragraphs = [
    t("registrations.emails.greeting", values),
    t(`registrations.emails.${kind}.body`, values),
    t("registrations.emails.signature"),
  ];
  const subject = t(`registrations.emails.${kind}.subject`, values);
  await enqueueEmail(db, {
    kind: `registration.${kind}`,
    to: to.email,
    replyTo: context.replyTo,
    ...renderEmail({ locale, subject, paragraphs }),
    registrationId: to.id,
    dedupeKey: context.dedupeKey,
  });
}
