import "server-only";
import { eq } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { registrations } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { queueRegistrationEmail } from "@/lib/email/templates/registration";
import { releasePlace } from "./event-waitlist";
import { auditActor, lockRegistration } from "./locks";
import { sendFreshManageLink } from "./manage-token";

export type DecisionResult = { ok: true } | { ok: false; reason: "notFound" | "notPending" | "alreadyCancelled" };

/** Cancels a registration whose row the caller has locked, and gives its seats away. */
export async function cancelLockedRegistration(tx: Executor, registration: { id: number; eventId: number; status: string }) {
  const at = now();
  await tx.update(registrations).set({ status: "cancelled", cancelledAt: at, updatedAt: at }).where(eq(registrations.id, registration.id));
  await releasePlace(tx, registration, registration.status);
}

/** An organiser confirms a pending registration; the delegate gets "confirmed" with the .ics. */
export async function approveRegistration(db: Database, input: { registrationId: number; actorUserId: number }): Promise<DecisionResult> {
  return inTransaction(db, async (tx) => {
    const registration = await lockRegistration(tx, input.registrationId);
    if (!registration || registration.erasedAt) return { ok: false, reason: "notFound" } as const;
    if (registration.status !== "pending") return { ok: false, reason: "notPending" } as const;
    await approveLockedRegistration(tx, registration, input.actorUserId);
    return { ok: true } as const;
  });
}

/**
 * Confirms a pending registration whose row the caller has locked (one, or each member of a
 * delegation approved as a whole): the decision, the delegate's "confirmed" email and the audit.
 */
export async function approveLockedRegistration(tx: Executor, registration: { id: number; eventId: number }, actorUserId: number) {
  const at = now();
  await tx
    .update(registrations)
    .set({ status: "confirmed", decidedAt: at, decidedById: actorUserId, decisionReason: null, updatedAt: at })
    .where(eq(registrations.id, registration.id));
  await queueRegistrationEmail(tx, registration.id, "confirmed", { dedupeKey: `approved:${registration.id}` });
  await recordAudit(tx, await auditActor(tx, actorUserId), {
    action: "registration.approve",
    entityType: "registration",
    entityId: registration.id,
    eventId: registration.eventId,
    before: { status: "pending" },
    after: { status: "confirmed" },
  });
}

/** An organiser declines a pending registration: its seats go to the waiting lists at once. */
export async function declineRegistration(
  db: Database,
  input: { registrationId: number; reason?: string | null; actorUserId: number },
): Promise<DecisionResult> {
  return inTransaction(db, async (tx) => {
    const registration = await lockRegistration(tx, input.registrationId);
    if (!registration || registration.erasedAt) return { ok: false, reason: "notFound" } as const;
    if (registration.status !== "pending") return { ok: false, reason: "notPending" } as const;
    const at = now();
    const reason = input.reason?.trim() || null;
    await tx
      .update(registrations)
      .set({ status: "rejected", decidedAt: at, decidedById: input.actorUserId, decisionReason: reason, updatedAt: at })
      .where(eq(registrations.id, registration.id));
    await releasePlace(tx, registration, "pending");
    await queueRegistrationEmail(tx, registration.id, "declined", { reason, dedupeKey: `declined:${registration.id}` });
    await recordAudit(tx, await auditActor(tx, input.actorUserId), {
      action: "registration.decline",
      entityType: "registration",
      entityId: registration.id,
      eventId: registration.eventId,
      before: { status: "pending" },
      after: { status: "rejected", reason },
    });
    return { ok: true } as const;
  });
}

/**
 * Cancels a registration (the delegate through their link, or an organiser with `actorUserId`):
 * every seat is given back and the next people waiting are promoted and told, in one transaction.
 */
export async function cancelRegistration(
  db: Database,
  input: { registrationId: number; actorUserId?: number | null },
): Promise<DecisionResult> {
  return inTransaction(db, async (tx) => {
    const registration = await lockRegistration(tx, input.registrationId);
    if (!registration || registration.erasedAt) return { ok: false, reason: "notFound" } as const;
    if (registration.status === "cancelled" || registration.status === "expired") return { ok: false, reason: "alreadyCancelled" } as const;
    await cancelLockedRegistration(tx, registration);
    await queueRegistrationEmail(tx, registration.id, "cancelled", { dedupeKey: `cancelled:${registration.id}` });
    if (input.actorUserId != null) {
      await recordAudit(tx, await auditActor(tx, input.actorUserId), {
        action: "registration.cancel",
        entityType: "registration",
        entityId: registration.id,
        eventId: registration.eventId,
        before: { status: registration.status },
        after: { status: "cancelled" },
      });
    }
    return { ok: true } as const;
  });
}

/**
 * An organiser re-sends a delegate's confirmation: a fresh manage link (the old one keeps working
 * until the new one is used), with the summary and, when confirmed, the calendar file.
 */
export async function resendConfirmation(db: Database, input: { registrationId: number; actorUserId: number }): Promise<DecisionResult> {
  return inTransaction(db, async (tx) => {
    const registration = await lockRegistration(tx, input.registrationId);
    if (!registration || registration.erasedAt) return { ok: false, reason: "notFound" } as const;
    if (registration.status === "cancelled" || registration.status === "expired") return { ok: false, reason: "alreadyCancelled" } as const;
    await sendFreshManageLink(tx, registration.id);
    await recordAudit(tx, await auditActor(tx, input.actorUserId), {
      action: "registration.resend",
      entityType: "registration",
      entityId: registration.id,
      eventId: registration.eventId,
    });
    return { ok: true } as const;
  });
}
