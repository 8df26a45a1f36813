import "server-only";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db/client";
import { events, type Registration, registrations, sessionSignups, sessions } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { enqueueOpsEmail } from "./emails";
import { promoteFromWaitlist } from "./waitlist";

/*
 * Minimal stand-ins for lib/registration's approveRegistration / declineRegistration /
 * cancelRegistration / resendConfirmation, kept apart so the actions can switch to the
 * registration domain by changing one import. Each is one transaction: status change, emails
 * (in the delegate's locale) and audit entry commit together or not at all.
 */

export type DecisionResult = "done" | "notFound" | "wrongStatus";
type Input = { eventId: number; registrationId: number; actor: AuditActor };

async function lockRegistration(tx: Transaction, { eventId, registrationId }: Input) {
  const [row] = await tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.id, registrationId), eq(registrations.eventId, eventId)))
    .for("update");
  return row;
}

async function eventTitle(tx: Transaction, eventId: number) {
  const [event] = await tx.select({ title: events.title }).from(events).where(eq(events.id, eventId));
  return event!.title;
}

const statusView = (r: Registration) => ({ status: r.status, decisionReason: r.decisionReason, decidedAt: r.decidedAt, cancelledAt: r.cancelledAt });

/** Cancels the registration's sign-ups and hands the freed seats to the waiting lists. */
async function releaseSeats(tx: Transaction, registrationId: number) {
  const active = await tx
    .select({ id: sessionSignups.id, sessionId: sessionSignups.sessionId, status: sessionSignups.status })
    .from(sessionSignups)
    .where(and(eq(sessionSignups.registrationId, registrationId), ne(sessionSignups.status, "cancelled")))
    .for("update");
  if (active.length === 0) return;
  const at = now();
  await tx
    .update(sessionSignups)
    .set({ status: "cancelled", cancelledAt: at, waitlistedAt: null, updatedAt: at })
    .where(inArray(sessionSignups.id, active.map((s) => s.id)));
  for (const signup of active.filter((s) => s.status === "confirmed")) {
    await tx.update(sessions).set({ seatsTaken: sql`${sessions.seatsTaken} - 1` }).where(eq(sessions.id, signup.sessionId));
    await promoteFromWaitlist(tx, signup.sessionId);
  }
}

export function approveRegistration(db: Database, input: Input): Promise<DecisionResult> {
  return db.transaction(async (tx) => {
    const current = await lockRegistration(tx, input);
    if (!current) return "notFound";
    if (current.status !== "pending") return "wrongStatus";
    const at = now();
    const [after] = await tx
      .update(registrations)
      .set({ status: "confirmed", decidedAt: at, decidedById: input.actor?.id ?? null, decisionReason: null, updatedAt: at })
      .where(eq(registrations.id, current.id))
      .returning();
    await enqueueOpsEmail(tx, "approved", current, { eventTitle: await eventTitle(tx, input.eventId), dedupeKey: `approved:${current.id}` });
    await recordAudit(tx, input.actor, { action: "registration.approve", entityType: "registration", entityId: current.id, eventId: input.eventId, before: statusView(current), after: statusView(after!) });
    return "done";
  });
}

export function declineRegistration(db: Database, input: Input & { reason: string }): Promise<DecisionResult> {
  return db.transaction(async (tx) => {
    const current = await lockRegistration(tx, input);
    if (!current) return "notFound";
    if (current.status !== "pending") return "wrongStatus";
    const at = now();
    const [after] = await tx
      .update(registrations)
      .set({ status: "rejected", decidedAt: at, decidedById: input.actor?.id ?? null, decisionReason: input.reason, updatedAt: at })
      .where(eq(registrations.id, current.id))
      .returning();
    await releaseSeats(tx, current.id);
    await enqueueOpsEmail(tx, "declined", current, { eventTitle: await eventTitle(tx, input.eventId), reason: input.reason, dedupeKey: `declined:${current.id}` });
    await recordAudit(tx, input.actor, { action: "registration.decline", entityType: "registration", entityId: current.id, eventId: input.eventId, before: statusView(current), after: statusView(after!) });
    return "done";
  });
}

export function cancelRegistration(db: Database, input: Input & { reason?: string | null }): Promise<DecisionResult> {
  return db.transaction(async (tx) => {
    const current = await lockRegistration(tx, input);
    if (!current) return "notFound";
    if (current.status === "cancelled" || current.status === "rejected") return "wrongStatus";
    const at = now();
    const [after] = await tx
      .update(registrations)
      .set({ status: "cancelled", cancelledAt: at, decisionReason: input.reason ?? current.decisionReason, updatedAt: at })
      .where(eq(registrations.id, current.id))
      .returning();
    await releaseSeats(tx, current.id);
    await enqueueOpsEmail(tx, "cancelled", current, { eventTitle: await eventTitle(tx, input.eventId), dedupeKey: `cancelled:${current.id}` });
    await recordAudit(tx, input.actor, { action: "registration.cancel", entityType: "registration", entityId: current.id, eventId: input.eventId, before: statusView(current), after: statusView(after!) });
    return "done";
  });
}

export function resendConfirmation(db: Database, input: Input): Promise<DecisionResult> {
  return db.transaction(async (tx) => {
    const current = await lockRegistration(tx, input);
    if (!current) return "notFound";
    if (current.status !== "confirmed") return "wrongStatus";
    await enqueueOpsEmail(tx, "confirmation", current, { eventTitle: await eventTitle(tx, input.eventId) });
    await recordAudit(tx, input.actor, { action: "registration.resendConfirmation", entityType: "registration", entityId: current.id, eventId: input.eventId });
    return "done";
  });
}
