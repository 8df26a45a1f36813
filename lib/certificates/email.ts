import "server-only";
import type { Executor } from "@/db/client";
import type { Event, Registration } from "@/db/schema";
import type { Certificate } from "@/lib/documents/certificate";
import { enqueueEmail } from "@/lib/email/outbox";
import { emailTranslator, renderEmail } from "@/lib/email/templates/render";
import { localize } from "@/lib/i18n/localize";
import { certificateFilename, certificateLocale, certificateTranslator } from "./content";

export const CERTIFICATE_KIND = "registration.certificate";
/** One certificate message per registration, ever: the outbox's unique dedupe key is this plus its id. */
export const CERTIFICATE_KEY_PREFIX = "certificate:";

/**
 * Queues a delegate's certificate of attendance, in their language, with the PDF drawn when the
 * message is sent from the sealed content (lib/email/sealed.ts): the outbox keeps no PDF at rest.
 */
export async function queueCertificateEmail(
  tx: Executor,
  event: Event,
  registration: Registration,
  certificate: Certificate,
  notBefore: Date,
): Promise<void> {
  const locale = certificateLocale(registration);
  const t = certificateTranslator(locale);
  const mail = emailTranslator(locale);
  const eventTitle = localize(event.title, locale);
  const subject = t("email.subject", { event: eventTitle });
  const paragraphs = [
    mail("emails.greeting", { name: `${registration.givenName} ${registration.familyName}` }),
    t("email.body", { event: eventTitle }),
    mail("emails.signature"),
  ];
  await enqueueEmail(tx, {
    kind: CERTIFICATE_KIND,
    to: registration.email,
    replyTo: event.contactEmail,
    ...renderEmail({ locale, subject, paragraphs }),
    documents: [{ kind: "certificate", filename: certificateFilename(locale, event), data: certificate }],
    dedupeKey: `${CERTIFICATE_KEY_PREFIX}${registration.id}`,
    registrationId: registration.id,
    notBefore,
  });
}
