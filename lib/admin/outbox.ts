import "server-only";
import { and, count, desc, eq, inArray } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";

export const OUTBOX_PAGE_SIZE = 50;
export const outboxStatuses = ["pending", "sending", "sent", "failed", "unsent"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

export async function outboxCounts(db: Executor): Promise<Record<OutboxStatus, number>> {
  const rows = await db.select({ status: emailOutbox.status, n: count() }).from(emailOutbox).groupBy(emailOutbox.status);
  const counts = { pending: 0, sending: 0, sent: 0, failed: 0, unsent: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/** A page of messages, newest first; bodies stay out (they hold personal links). */
export async function outboxPage(db: Executor, filter: { status?: OutboxStatus; page: number }) {
  const where = filter.status ? eq(emailOutbox.status, filter.status) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: emailOutbox.id,
        kind: emailOutbox.kind,
        toAddress: emailOutbox.toAddress,
        subject: emailOutbox.subject,
        status: emailOutbox.status,
        attempts: emailOutbox.attempts,
        lastError: emailOutbox.lastError,
        createdAt: emailOutbox.createdAt,
        sentAt: emailOutbox.sentAt,
      })
      .from(emailOutbox)
      .where(where)
      .orderBy(desc(emailOutbox.id))
      .limit(OUTBOX_PAGE_SIZE)
      .offset((filter.page - 1) * OUTBOX_PAGE_SIZE),
    db.select({ n: count() }).from(emailOutbox).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Whether a message may be queued again: it failed, or there was no SMTP server to hand it to. */
export const retryableStatuses = ["failed", "unsent"] as const;

/**
 * Puts a failed or unsent message back in the queue with fresh attempts; only such a one (a
 * guarded UPDATE, so two clicks retry it once). Audited.
 */
export async function retryEmail(db: Database, actor: NonNullable<AuditActor>, id: number): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const [current] = await tx
      .select({ status: emailOutbox.status, lastError: emailOutbox.lastError })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.id, id), inArray(emailOutbox.status, [...retryableStatuses])))
      .for("update");
    if (!current) return false;
    await tx.update(emailOutbox).set({ status: "pending", attempts: 0, nextAttemptAt: now() }).where(eq(emailOutbox.id, id));
    await recordAudit(tx, actor, {
      action: "email.retry",
      entityType: "email",
      entityId: id,
      before: { status: current.status, lastError: current.lastError },
      after: { status: "pending" },
    });
    return true;
  });
}
