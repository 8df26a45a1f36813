import "server-only";
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import QRCode from "qrcode";
import type { Database } from "@/db/client";
import { emailOutbox, type OutboxAttachment, type OutboxEmail } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { now } from "@/lib/clock";
import { drawDocument } from "@/lib/documents/drawn";
import { openSecrets, revealLinks, scrubLinks } from "./sealed";

export const MAX_ATTEMPTS = 8;
/** A message still "sending" after this long was interrupted; it is never retried by itself. */
const SENDING_LEASE_MS = 10 * 60 * 1000;

/** Exponential back-off: 30 s, 1 min, 2 min ... capped at one hour. */
function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(attempts - 1, 0), 60 * 60 * 1000);
}

/** A message as it leaves: working links back in its bodies, inline images drawn. */
export type OutgoingEmail = OutboxEmail;

export type Mailer = { send(message: OutgoingEmail): Promise<void> };

/** What nodemailer is given: headers every automatic message carries, inline images by Content-ID. */
export function mailOptions(message: OutgoingEmail, from: string): SendMailOptions {
  return {
    from,
    to: message.toAddress,
    replyTo: message.replyTo ?? undefined,
    subject: message.subject,
    text: message.textBody,
    html: message.htmlBody ?? undefined,
    // RFC 3834: an automatic message; well-behaved autoresponders do not answer it.
    headers: { "Auto-Submitted": "auto-generated" },
    attachments: message.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: Buffer.from(a.contentBase64, "base64"),
      ...(a.cid ? { cid: a.cid, contentDisposition: "inline" as const } : {}),
    })),
  };
}

/** SMTP. Without SMTP_URL there is no mailer: the worker marks messages "unsent" (see deliverDueEmails). */
export function createMailer(options: { smtpUrl: string; from: string }): Mailer {
  const transport: Transporter = nodemailer.createTransport({
    url: options.smtpUrl,
    // Reuse connections while a batch drains, and never let a silent server hold the outbox:
    // a pass that waited on it would delay every later message.
    pool: true,
    maxConnections: 2,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    async send(message) {
      await transport.sendMail(mailOptions(message, options.from));
    },
  };
}

/** The row with its secrets opened: links revealed, QR codes drawn as inline PNG attachments, documents as PDFs. */
export async function openOutboxEmail(row: OutboxEmail): Promise<OutgoingEmail> {
  if (!row.sealedSecrets) return row;
  const secrets = openSecrets(row.sealedSecrets);
  const images: OutboxAttachment[] = await Promise.all(
    secrets.qrCodes.map(async (qr) => ({
      filename: qr.filename,
      contentType: "image/png",
      cid: qr.cid,
      contentBase64: (await QRCode.toBuffer(qr.text, { errorCorrectionLevel: "M", margin: 2, type: "png", width: 320 })).toString("base64"),
    })),
  );
  const documents: OutboxAttachment[] = await Promise.all(
    (secrets.documents ?? []).map(async (document) => ({
      filename: document.filename,
      contentType: "application/pdf",
      contentBase64: (await drawDocument(document)).toString("base64"),
    })),
  );
  return {
    ...row,
    textBody: revealLinks(row.textBody, secrets.links),
    htmlBody: row.htmlBody == null ? null : revealLinks(row.htmlBody, secrets.links),
    attachments: [...row.attachments, ...images, ...documents],
  };
}

/**
 * Delivers due messages. Safe with several app instances: rows are claimed with
 * `FOR UPDATE SKIP LOCKED` and marked "sending" before any is sent, so no message goes out twice.
 * A failed attempt is retried later with back-off, up to MAX_ATTEMPTS. Without a mailer (no SMTP
 * configured) due messages become "unsent": nothing pretends they went out.
 */
export async function deliverDueEmails(db: Database, mailer: Mailer | null, batchSize = 20): Promise<{ sent: number; failed: number }> {
  const at = now();
  await db
    .update(emailOutbox)
    .set({ status: "failed", lastError: "Interrupted while sending: check whether it arrived before retrying." })
    .where(and(eq(emailOutbox.status, "sending"), lte(emailOutbox.nextAttemptAt, new Date(at.getTime() - SENDING_LEASE_MS))));

  if (!mailer) {
    await db
      .update(emailOutbox)
      .set({ status: "unsent", lastError: null })
      .where(and(eq(emailOutbox.status, "pending"), lte(emailOutbox.nextAttemptAt, at)));
    return { sent: 0, failed: 0 };
  }

  const claimed = await inTransaction(db, async (tx) => {
    const due = await tx
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.status, "pending"), lte(emailOutbox.nextAttemptAt, at)))
      .orderBy(emailOutbox.id)
      .limit(batchSize)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(emailOutbox)
      .set({ status: "sending", attempts: sql`${emailOutbox.attempts} + 1`, nextAttemptAt: at })
      .where(
        inArray(
          emailOutbox.id,
          due.map((row) => row.id),
        ),
      )
      .returning();
  });

  let sent = 0;
  let failed = 0;
  for (const message of claimed) {
    try {
      await mailer.send(await openOutboxEmail(message));
      // Once sent, the row keeps no working secret: the sealed links go, placeholders become words.
      await db
        .update(emailOutbox)
        .set({
          status: "sent",
          sentAt: now(),
          lastError: null,
          sealedSecrets: null,
          textBody: scrubLinks(message.textBody),
          htmlBody: message.htmlBody == null ? null : scrubLinks(message.htmlBody),
        })
        .where(eq(emailOutbox.id, message.id));
      sent++;
    } catch (error) {
      failed++;
      const giveUp = message.attempts >= MAX_ATTEMPTS;
      await db
        .update(emailOutbox)
        .set({
          status: giveUp ? "failed" : "pending",
          lastError: String(error instanceof Error ? error.message : error).slice(0, 1000),
          nextAttemptAt: new Date(now().getTime() + retryDelayMs(message.attempts)),
        })
        .where(eq(emailOutbox.id, message.id));
    }
  }
  return { sent, failed };
}
