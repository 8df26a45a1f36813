import "server-only";
import type { Executor } from "@/db/client";
import type { Delegation, Event } from "@/db/schema";
import { config } from "@/lib/config";
import { enqueueEmail } from "@/lib/email/outbox";
import { localize } from "@/lib/i18n/localize";
import { emailLocale, emailTranslator, renderEmail } from "./render";

/** The focal point's page of a delegation, in their language (the token is the only key to it). */
function delegationUrl(locale: string, token: string): string {
  return `${config().appUrl}/${locale}/delegations/${token}`;
}

/**
 * The focal point's link to their delegation's page: register members up to the quota, before the
 * deadline. Sealed in the outbox like every secret link; a new link (reissue) replaces the old one.
 */
export async function queueDelegationLinkEmail(
  tx: Executor,
  event: Pick<Event, "title" | "contactEmail" | "timeZone">,
  delegation: Pick<Delegation, "id" | "name" | "quota" | "deadline" | "focalName" | "focalEmail" | "focalLanguage">,
  token: string,
  sentAt: Date,
): Promise<void> {
  const locale = emailLocale(delegation.focalLanguage);
  const t = emailTranslator(locale);
  const eventTitle = localize(event.title, locale);
  const link = delegationUrl(locale, token);
  const deadline = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: event.timeZone }).format(
    delegation.deadline,
  );
  const subject = t("emails.delegationLink.subject", { event: eventTitle });
  const paragraphs = [
    t("emails.greeting", { name: delegation.focalName }),
    t("emails.delegationLink.body", { event: eventTitle, delegation: delegation.name, quota: delegation.quota, deadline }),
    `${t("emails.delegationLink.linkIntro")}\n${link}`,
    t("emails.delegationLink.linkSecret"),
    t("emails.signature"),
  ];
  const { text, html } = renderEmail({ locale, subject, paragraphs });
  await enqueueEmail(tx, {
    kind: "delegation.link",
    to: delegation.focalEmail,
    replyTo: event.contactEmail,
    subject,
    text,
    html,
    secretLinks: [link],
    dedupeKey: `delegation-link:${delegation.id}:${sentAt.getTime()}`,
  });
}
