import "server-only";
import { and, asc, eq, isNotNull, isNull, notExists, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type Event, eventReminders, events, registrations } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/database";
import { queueReminderEmail } from "@/lib/email/templates/mailings";
import { log, safeError } from "@/lib/log";
import { zonedDay } from "@/lib/time";
import { recipientColumns } from "./audience";

const DAY_MS = 86_400_000;

/**
 * Whether a dialogue's reminder is due at `at`: from N days before its first day (in its own time
 * zone) until the day before it starts. A setting made late (2 days before, with N = 7) still
 * sends it; once the dialogue has started, nobody needs it.
 */
export function reminderDue(event: Pick<Event, "startDate" | "timeZone" | "reminderDaysBefore">, at: Date): boolean {
  if (event.reminderDaysBefore == null) return false;
  const today = zonedDay(at, event.timeZone);
  const from = new Date(Date.parse(`${event.startDate}T00:00:00Z`) - event.reminderDaysBefore * DAY_MS).toISOString().slice(0, 10);
  return today >= from && today < event.startDate;
}

/**
 * Queues the reminder for up to `batch` confirmed registrations of `event` that have not had it,
 * in one transaction. The claim is an insert into `event_reminders` (primary key: the
 * registration): a second pass running at the same time (another instance) waits on the same keys,
 * then inserts nothing and queues nothing. Returns how many candidates were looked at.
 */
async function remindBatch(db: Database, event: Event, batch: number): Promise<{ seen: number; queued: number }> {
  return inTransaction(db, async (tx) => {
    const candidates = await tx
      .select(recipientColumns)
      .from(registrations)
      .where(
        and(
          eq(registrations.eventId, event.id),
          eq(registrations.status, "confirmed"),
          isNull(registrations.erasedAt),
          notExists(tx.select({ one: sql`1` }).from(eventReminders).where(eq(eventReminders.registrationId, registrations.id))),
        ),
      )
      .orderBy(asc(registrations.id))
      .limit(batch);
    if (candidates.length === 0) return { seen: 0, queued: 0 };
    const at = now();
    const claimed = await tx
      .insert(eventReminders)
      .values(candidates.map((c) => ({ registrationId: c.id, queuedAt: at })))
      .onConflictDoNothing()
      .returning({ id: eventReminders.registrationId });
    const mine = new Set(claimed.map((row) => row.id));
    for (const recipient of candidates) if (mine.has(recipient.id)) await queueReminderEmail(tx, event, recipient);
    return { seen: candidates.length, queued: claimed.length };
  });
}

/** One background pass over every published dialogue whose reminder is due. Returns how many were queued. */
export async function sendDueReminders(db: Database, at: Date = now(), batch = 100): Promise<number> {
  const candidates = await db
    .select()
    .from(events)
    .where(and(isNotNull(events.reminderDaysBefore), eq(events.status, "published")));
  let queued = 0;
  for (const event of candidates.filter((e) => reminderDue(e, at))) {
    for (;;) {
      const result = await remindBatch(db, event, batch);
      queued += result.queued;
      if (result.seen < batch) break;
    }
  }
  return queued;
}

/** Runs the reminder pass now and then every `intervalMs` (every instance may: the claim is once only). */
export function startReminderJob(intervalMs = 15 * 60 * 1000): void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const queued = await sendDueReminders(getDb());
      if (queued > 0) log.info({ queued }, "reminders queued");
    } catch (error) {
      log.error({ err: safeError(error) }, "reminder pass failed");
    } finally {
      running = false;
    }
  };
  void run();
  setInterval(run, intervalMs).unref();
}
