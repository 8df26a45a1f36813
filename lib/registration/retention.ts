import "server-only";
import { and, inArray, isNull, lt } from "drizzle-orm";
import type { Database } from "@/db/client";
import { events, registrations } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/database";
import { log, safeError } from "@/lib/log";
import { erasePersonalData } from "@/lib/privacy/erasure";
import { purgeVisaRequests } from "@/lib/visa/retention";

/** How long personal data is kept: a year after the dialogue, and at least a year after registering. */
const RETENTION_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Erases the personal data of registrations whose dialogue ended more than RETENTION_DAYS ago and
 * that are themselves older than that (the privacy notice's promise), with the same erasure as a
 * delegate's own (lib/privacy/erasure.ts). Unlike a delegate's own erasure it changes no status
 * and frees no seat: the dialogue is over, nobody is promoted or emailed, and every count stays
 * as it was. Idempotent, so every app instance may run it.
 */
export async function applyRetention(db: Database, at: Date = now()): Promise<number> {
  const cutoff = new Date(at.getTime() - RETENTION_DAYS * DAY_MS);
  const cutoffDay = cutoff.toISOString().slice(0, 10);
  return inTransaction(db, async (tx) => {
    // Passport data has its own, shorter term (VISA_RETENTION_DAYS after the dialogue).
    await purgeVisaRequests(tx, at);
    const due = await tx
      .select({ id: registrations.id })
      .from(registrations)
      .where(
        and(
          isNull(registrations.erasedAt),
          lt(registrations.createdAt, cutoff),
          inArray(registrations.eventId, tx.select({ id: events.id }).from(events).where(lt(events.endDate, cutoffDay))),
        ),
      )
      .orderBy(registrations.id)
      // Another instance running the same pass skips what this one holds, and vice versa.
      .for("update", { skipLocked: true });
    if (due.length === 0) return 0;
    const ids = due.map((row) => row.id);
    await erasePersonalData(tx, ids, at);
    await recordAudit(tx, null, {
      action: "registration.retention",
      entityType: "registration",
      after: { erased: ids.length, before: cutoff.toISOString() },
    });
    return ids.length;
  });
}

/** Runs the retention pass now and then every few hours, in the background (every instance may). */
export function startRetentionJob(intervalMs = 6 * 60 * 60 * 1000): void {
  const run = () =>
    applyRetention(getDb())
      .then((count) => {
        if (count > 0) log.info({ erased: count }, "retention pass erased personal data");
      })
      .catch((error) => log.error({ err: safeError(error) }, "retention pass failed"));
  void run();
  setInterval(run, intervalMs).unref();
}
