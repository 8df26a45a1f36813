import "server-only";
import { config } from "@/lib/config";
import { getDb } from "@/lib/database";
import { log, safeError } from "@/lib/log";
import { createMailer, deliverDueEmails, type Mailer } from "./sender";

type WorkerState = { timer?: NodeJS.Timeout; running: boolean; mailer?: Mailer | null };
const g = globalThis as typeof globalThis & { __dialogosEmailWorker?: WorkerState };

function state(): WorkerState {
  g.__dialogosEmailWorker ??= { running: false };
  return g.__dialogosEmailWorker;
}

/** One pass over the outbox, never two at once in this process. */
async function drainOutbox(): Promise<void> {
  const worker = state();
  if (worker.running) return;
  worker.running = true;
  try {
    const cfg = config();
    // No SMTP server: no mailer, and the pass marks due messages "unsent" instead of pretending.
    if (worker.mailer === undefined) worker.mailer = cfg.smtpUrl ? createMailer({ smtpUrl: cfg.smtpUrl, from: cfg.mailFrom }) : null;
    let batch: { sent: number; failed: number };
    do {
      batch = await deliverDueEmails(getDb(), worker.mailer);
    } while (batch.sent + batch.failed > 0);
  } catch (error) {
    log.error({ err: safeError(error) }, "outbox pass failed");
  } finally {
    worker.running = false;
  }
}

/** Polls the outbox every few seconds; every instance may run it (claims never overlap). */
export function startEmailWorker(intervalMs = 3000): void {
  const worker = state();
  if (worker.timer) return;
  worker.timer = setInterval(() => void drainOutbox(), intervalMs);
  worker.timer.unref();
}

/** Asks for a pass now (after queuing an email), without waiting for it. */
export function kickEmailWorker(): void {
  setTimeout(() => void drainOutbox(), 0).unref();
}
