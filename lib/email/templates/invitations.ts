import "server-only";
import type { Executor } from "@/db/client";
import type { Event, Invitee } from "@/db/schema";
import { config } from "@/lib/config";
import { enqueueEmail } from "@/lib/email/outbox";
import { localize } from "@/lib/i18n/localize";
import { emailLocale, emailTranslator, renderEmail } from "./render";

/**
 * An invitation to register for a dialogue (or its reminder), in the invitee's language, with their
 * personal single-use link. The link is sealed in the outbox like every secret link; the invitee's
 * name is the only text of theirs it echoes (plain words, checked at import).
 */
export async function queueInvitationEmail(
  tx: Executor,
  event: Pick<Event, "slug" | "title" | "contactEmail">,
  invitee: Pick<Invitee, "id" | "name" | "email" | "preferredLanguage">,
  token: string,
  kind: "invitation" | "invitationReminder",
  sentAt: Date,
): Promise<void> {
  const locale = emailLocale(invitee.preferredLanguage);
  const t = emailTranslator(locale);
  const eventTitle = localize(event.title, locale);
  const link = `${config().appUrl}/${locale}/events/${event.slug}/register?invitation=${token}`;
  const subject = t(`emails.${kind}.subject`, { event: eventTitle });
  const paragraphs = [
    t("emails.greeting", { name: invitee.name }),
    t(`emails.${kind}.body`, { event: eventTitle }),
    `${t("emails.invitationLinkIntro")}\n${link}`,
    t("emails.invitationLinkSecret"),
    t("emails.signature"),
  ];
  const { text, html } = renderEmail({ locale, subject, paragraphs });
  await enqueueEmail(tx, {
    kind: `registration.${kind}`,
    to: invitee.email,
    replyTo: event.contactEmail,
    subject,
    text,
    html,
    secretLinks: [link],
    dedupeKey: `${kind}:${invitee.id}:${sentAt.getTime()}`,
  });
}
