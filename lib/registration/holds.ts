import "server-only";
import { and, asc, eq, lte } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { events, registrations } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/database";
import { queueRegistrationEmail } from "@/lib/email/templates/registration";
import { releasePlace } from "./event-waitlist";
import { lockRegistration } from "./locks";

/**
 * Seat holds. A new registration is `unconfirmed`: it holds its seats (event capacity and session
 * seats) until `hold_expires_at`, and becomes real only when the delegate confirms their address
 * by pressing the button on the page their emailed link opens. Unconfirmed holds that run out are
 * `expired`: their seats go back and the waiting lists move up, in the same transaction.
 */

/** Marks a locked, unconfirmed registration expired and gives its seats to the waiting lists. */
export async function expireLockedHold(tx: Executor, registration: { id: number; eventId: number }): Promise<void> {
  const at = now();
  await tx.update(registrations).set({ status: "expired", cancelledAt: at, updatedAt: at }).where(eq(registrations.id, registration.id));
  await releasePlace(tx, registration, "unconfirmed");
}

/**
 * Expires overdue holds (of one event, or of all) inside the caller's transaction. Rows another
 * transaction holds are skipped (`SKIP LOCKED`): that one is expiring or confirming them, so
 * several instances and concurrent registrations never wait on each other here. Returns the ids.
 */
export async function expireOverdueHolds(tx: Executor, options: { eventId?: number; limit?: number } = {}) {
  const due = await tx
    .select({ id: registrations.id, eventId: registrations.eventId })
    .from(registrations)
    .where(
      and(
        eq(registrations.status, "unconfirmed"),
        lte(registrations.holdExpiresAt, now()),
        options.eventId != null ? eq(registrations.eventId, options.eventId) : undefined,
      ),
    )
    .orderBy(asc(registrations.holdExpiresAt), asc(registrations.id))
    .limit(options.limit ?? 100)
    .for("update", { of: registrations, skipLocked: true });
  for (const row of due) await expireLockedHold(tx, row);
  return due;
}

/** One background pass: every overdue hold, in batches of one transaction each. Returns event ids touched. */
export async function expireHoldsPass(db: Database, batch = 50): Promise<{ expired: number; eventIds: number[] }> {
  let expired = 0;
  const eventIds = new Set<number>();
  for (;;) {
    const rows = await inTransaction(db, (tx) => expireOverdueHolds(tx, { limit: batch }));
    expired += rows.length;
    for (const row of rows) eventIds.add(row.eventId);
    if (rows.length < batch) return { expired, eventIds: [...eventIds] };
  }
}

/** Runs the expiry pass now and then every `intervalMs`, in the background (every instance may). */
export function startHoldExpiryJob(intervalMs = 60_000): void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const { expired } = await expireHoldsPass(getDb());
      if (expired > 0) console.log(`[dialogos] holds: ${expired} unconfirmed registration(s) expired, seats given back`);
    } catch (error) {
      console.error("[dialogos] hold expiry pass failed", error);
    } finally {
      running = false;
    }
  };
  void run();
  setInterval(run, intervalMs).unref();
}

/** How long a new registration of the dialogue `slug` holds its seats unconfirmed; null if no such dialogue. */
export async function holdMinutesOf(db: Executor, slug: string): Promise<number | null> {
  const [event] = await db.select({ holdMinutes: events.holdMinutes }).from(events).where(eq(events.slug, slug));
  return event?.holdMinutes ?? null;
}

export type AddressConfirmation =
  | { kind: "confirmed" | "pending"; eventId: number }
  /** Nothing to do: already confirmed before (or cancelled, declined...). */
  | { kind: "unchanged"; status: string }
  /** The hold ran out first: the seats are gone, the delegate may register again. */
  | { kind: "expired"; eventId: number }
  | { kind: "notFound" };

/**
 * The delegate confirms their address (a POST from their personal page, never a GET: mail
 * scanners open links). The registration becomes confirmed, or pending where organisers approve,
 * and the usual confirmation (or "received") email goes out with the change.
 */
export async function confirmRegistrationAddress(db: Database, input: { registrationId: number }): Promise<AddressConfirmation> {
  return inTransaction(db, async (tx) => {
    const registration = await lockRegistration(tx, input.registrationId);
    if (!registration || registration.erasedAt) return { kind: "notFound" } as const;
    if (registration.status === "expired") return { kind: "expired", eventId: registration.eventId } as const;
    if (registration.status !== "unconfirmed") return { kind: "unchanged", status: registration.status } as const;
    const at = now();
    if (!registration.holdExpiresAt || registration.holdExpiresAt <= at) {
      await expireLockedHold(tx, registration);
      return { kind: "expired", eventId: registration.eventId } as const;
    }
    const [event] = await tx.select({ requiresApproval: events.requiresApproval }).from(events).where(eq(events.id, registration.eventId));
    const status = event?.requiresApproval ? "pending" : "confirmed";
    await tx
      .update(registrations)
      .set({ status, emailConfirmedAt: at, holdExpiresAt: null, updatedAt: at })
      .where(eq(registrations.id, registration.id));
    await queueRegistrationEmail(tx, registration.id, status === "pending" ? "received" : "confirmed", {
      dedupeKey: `address-confirmed:${registration.id}`,
    });
    return { kind: status, eventId: registration.eventId } as const;
  });
}
