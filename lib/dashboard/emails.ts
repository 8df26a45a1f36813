import "server-only";
import { createTranslator } from "use-intl/core";
import type { Executor } from "@/db/client";
import type { LocalizedText } from "@/db/schema/localized";
import { htmlDocument, paragraphsToHtml } from "@/lib/email/html";
import { enqueueEmail } from "@/lib/email/outbox";
import { parseLocale } from "@/lib/i18n/locale";
import { localize } from "@/lib/i18n/localize";
import en from "@/lib/i18n/messages/en/registrations.json";
import es from "@/lib/i18n/messages/es/registrations.json";
import fr from "@/lib/i18n/messages/fr/registrations.json";
import pt from "@/lib/i18n/messages/pt/registrations.json";
import { registrantLanguage } from "@/lib/registration/language";

const catalogues = { en, es, pt, fr } as const;
type EmailLocale = keyof typeof catalogues;
/** The organisers' own messages; decisions and promotions use lib/registration's emails. */
export type OpsEmailKind = "movedToWaitlist" | "sessionCancelled";

function emailLocale(locale: string): EmailLocale {
  return parseLocale(locale);
}

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
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "emails" });
  const values = {
    name: to.givenName,
    event: localize(context.eventTitle, locale),
    session: localize(context.sessionTitle, locale),
  };
  const body = [t("greeting", values), t(`${kind}.body`, values)];
  body.push(t("signature"));
  const subject = t(`${kind}.subject`, values);
  await enqueueEmail(db, {
    kind: `registration.${kind}`,
    to: to.email,
    replyTo: context.replyTo,
    subject,
    text: body.join("\n\n"),
    html: htmlDocument({ locale, title: subject, body: paragraphsToHtml(body) }),
    registrationId: to.id,
    dedupeKey: context.dedupeKey,
  });
}
