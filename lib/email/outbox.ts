import "server-only";
import type { Executor } from "@/db/client";
import { emailOutbox, type OutboxAttachment } from "@/db/schema";
import { now } from "@/lib/clock";

export type EmailMessage = {
  /** What kind of message, e.g. "registration.confirmed" (for the outbox view and tests). */
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: OutboxAttachment[];
  /** The same cause never queues the same message twice (e.g. `confirmed:<registration id>`). */
  dedupeKey?: string;
  registrationId?: number;
};

/**
 * Queues an email. Call it with the transaction that makes the change the email tells about: the
 * email exists exactly when the change committed. The sender delivers it afterwards.
 */
export async function enqueueEmail(db: Executor, message: EmailMessage): Promise<void> {
  const at = now();
  await db
    .insert(emailOutbox)
    .values({
      kind: message.kind,
      toAddress: message.to,
      subject: message.subject,
      textBody: message.text,
      htmlBody: message.html ?? null,
      attachments: message.attachments ?? [],
      dedupeKey: message.dedupeKey ?? null,
      registrationId: message.registrationId ?? null,
      // From the app's clock, not the database's: the sender compares with the app's clock, and a
      // database timestamp (microseconds) could land just after the sender's millisecond.
      createdAt: at,
      nextAttemptAt: at,
    })
    .onConflictDoNothing({ target: emailOutbox.dedupeKey });
}

export function attachment(filename: string, contentType: string, content: string | Buffer): OutboxAttachment {
  const buffer = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { filename, contentType, contentBase64: buffer.toString("base64") };
}
