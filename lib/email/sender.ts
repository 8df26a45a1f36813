import "server-only";
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type { Database } from "@/db/client";
import { emailOutbox, type OutboxEmail } from "@/db/schema";
import { now } from "@/lib/clock";
import { log } from "@/lib/log";

export const MAX_ATTEMPTS = 8;
/** A message still "sending" after this long was interrupted; it is never retried by itself. */
const SENDING_LEASE_MS = 10 * 60 * 1000;

/** Exponential back-off: 30 s, 1 min, 2 min ... capped at one hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(attempts - 1, 0), 60 * 60 * 1000);
}

export type Mailer = { send(message: OutboxEmail): Promise<void> };

/** SMTP when configured; otherwise messages are logged (and stay readable in the outbox). */
export function createMailer(options: { smtpUrl?: string; from: string }): Mailer {
  const transport: Transporter = options.smtpUrl
    ? nodemailer.createTransport({
        url: options.smtpUrl,
        // Reuse connections while a batch drains, and never let a silent server hold the outbox:
        // a pass that waited on it would delay every later message.
        pool: true,
        maxConnections: 2,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      } as Parameters<typeof nodemailer.createTransport>[0])
    : nodemailer.createTransport({ jsonTransport: true });
  return {
    async send(message) {
      await transport.sendMail({
        from: options.from,
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody ?? undefined,
        attachments: message.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.contentBase64, "base64"),
        })),
      });
      if (!options.smtpUrl) {
        // Neither address nor subject nor body: they hold personal data and secret links.
        log.info({ emailId: message.id, kind: message.kind }, "email kept in the outbox (no SMTP_URL)");
      }
    },
  };
}

/**
 * Delivers due messages. Safe with several app instances: rows are claimed with
 * `FOR UPDATE SKIP LOCKED` and marked "sending" before any is sent, so no message goes out twice.
 * A failed attempt is retried later with back-off, up to MAX_ATTEMPTS.
 */
export async function deliverDueEmails(db: Database, mailer: Mailer, batchSize = 20): Promise<{ sent: number; failed: number }> {
  const at = now();
  await db
    .update(emailOutbox)
    .set({ status: "failed", lastError: "Interrupted while sending: check whether it arrived before retrying." })
    .where(and(eq(emailOutbox.status, "sending"), lte(emailOutbox.nextAttemptAt, new Date(at.getTime() - SENDING_LEASE_MS))));

  const claimed = await db.transaction(async (tx) => {
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
      .where(inArray(emailOutbox.id, due.map((row) => row.id)))
      .returning();
  });

  let sent = 0;
  let failed = 0;
  for (const message of claimed) {
    try {
      await mailer.send(message);
      await db.update(emailOutbox).set({ status: "sent", sentAt: now(), lastError: null }).where(eq(emailOutbox.id, message.id));
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
