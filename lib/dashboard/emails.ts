import "server-only";
import { createTranslator } from "use-intl/core";
import type { Executor } from "@/db/client";
import type { LocalizedText } from "@/db/schema/localized";
import { enqueueEmail } from "@/lib/email/outbox";
import { localize } from "@/lib/i18n/localize";
import en from "@/lib/i18n/messages/en/registrations.json";
import es from "@/lib/i18n/messages/es/registrations.json";
import fr from "@/lib/i18n/messages/fr/registrations.json";
import pt from "@/lib/i18n/messages/pt/registrations.json";

const catalogues = { en, es, pt, fr } as const;
type EmailLocale = keyof typeof catalogues;
export type OpsEmailKind =
  | "approved"
  | "declined"
  | "cancelled"
  | "confirmation"
  | "promoted"
  | "movedToWaitlist"
  | "sessionCancelled";

function emailLocale(locale: string): EmailLocale {
  return (locale in catalogues ? locale : "en") as EmailLocale;
}

type Recipient = { id: number; email: string; givenName: string; locale: string };

/**
 * Queues one of the organisers' emails in the delegate's own language, in the caller's
 * transaction: the email exists exactly when the change it tells about committed.
 */
export async function enqueueOpsEmail(
  db: Executor,
  kind: OpsEmailKind,
  to: Recipient,
  context: { eventTitle: LocalizedText; sessionTitle?: LocalizedText; reason?: string | null; dedupeKey?: string },
): Promise<void> {
  const locale = emailLocale(to.locale);
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "emails" });
  const values = {
    name: to.givenName,
    event: localize(context.eventTitle, locale),
    session: localize(context.sessionTitle, locale),
    reason: context.reason ?? "",
  };
  const body = [t("greeting", values), t(`${kind}.body`, values)];
  if (kind === "declined" && context.reason) body.push(t("reasonLine", values));
  body.push(t("signature"));
  await enqueueEmail(db, {
    kind: `registration.${kind}`,
    to: to.email,
    subject: t(`${kind}.subject`, values),
    text: body.join("\n\n"),
    registrationId: to.id,
    dedupeKey: context.dedupeKey,
  });
}
