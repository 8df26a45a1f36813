import "server-only";
import type { Executor } from "@/db/client";
import { emailOutbox, type OutboxAttachment } from "@/db/schema";
import { now } from "@/lib/clock";
import type { DrawnDocument } from "@/lib/documents/drawn";
import { hideLinks, sealSecrets } from "./sealed";

export type EmailMessage = {
  /** What kind of message, e.g. "registration.confirmed" (for the outbox view and tests). */
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: OutboxAttachment[];
  /**
   * Working secret links the bodies contain (manage, reset, invitation, confirmation links). The
   * row stores them encrypted and the bodies placeholders; the sender puts them back.
   */
  secretLinks?: string[];
  /** Images drawn at send time from a secret text (the check-in QR code) and shown inline by `cid`. */
  inlineQrCodes?: { cid: string; filename: string; text: string }[];
  /** PDFs drawn at send time from their data (tickets, visa letters, certificates), attached to the message. */
  documents?: DrawnDocument[];
  /** Where replies go (the dialogue's contact address). */
  replyTo?: string | null;
  /** The same cause never queues the same message twice (e.g. `confirmed:<registration id>`). */
  dedupeKey?: string;
  registrationId?: number;
  /** Not sent before this instant (a mailing spreads its messages out: MAILING_RATE_PER_MINUTE). */
  notBefore?: Date;
};

/**
 * Queues an email. Call it with the transaction that makes the change the email tells about: the
 * email exists exactly when the change committed. The sender delivers it afterwards.
 */
export async function enqueueEmail(db: Executor, message: EmailMessage): Promise<void> {
  const at = now();
  const links = (message.secretLinks ?? []).filter(Boolean);
  const qrCodes = message.inlineQrCodes ?? [];
  const documents = message.documents ?? [];
  const hasSecrets = links.length > 0 || qrCodes.length > 0 || documents.length > 0;
  await db
    .insert(emailOutbox)
    .values({
      kind: message.kind,
      toAddress: message.to,
      subject: message.subject,
      textBody: hideLinks(message.text, links),
      htmlBody: message.html == null ? null : hideLinks(message.html, links),
      replyTo: message.replyTo ?? null,
      sealedSecrets: hasSecrets ? sealSecrets({ links, qrCodes, documents }) : null,
      attachments: message.attachments ?? [],
      dedupeKey: message.dedupeKey ?? null,
      registrationId: message.registrationId ?? null,
      // From the app's clock, not the database's: the sender compares with the app's clock, and a
      // database timestamp (microseconds) could land just after the sender's millisecond.
      createdAt: at,
      nextAttemptAt: message.notBefore && message.notBefore > at ? message.notBefore : at,
    })
    .onConflictDoNothing({ target: emailOutbox.dedupeKey });
}

export function attachment(filename: string, contentType: string, content: string | Buffer): OutboxAttachment {
  const buffer = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { filename, contentType, contentBase64: buffer.toString("base64") };
}
