import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Database } from "@/db/client";
import { events, sessionSignups, sessions } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { queueRegistrationEmail } from "@/lib/email/templates/registration";
import { localize } from "@/lib/i18n/localize";
import { findOverlap, registrationAvailability } from "./catalogue";
import { expireLockedHold, expireOverdueHolds } from "./holds";
import { isLive } from "./live";
import { auditActor, lockRegistration } from "./locks";
import type { FieldErrors } from "./register";
import { claimSeat, releaseSignup, type SeatOutcome } from "./seats";

export type ChangeResult =
  | { kind: "changed"; seats: Record<number, SeatOutcome>; changed: boolean }
  | { kind: "notFound" }
  | { kind: "unavailable" }
  | { kind: "invalid"; errors: FieldErrors; clash?: [string, string] };

/**
 * Replaces a delegate's sessions with `sessionIds`, by the same rules as registering: no two
 * overlapping sessions, seats by guarded update or the waiting list; a dropped seat goes to the
 * next person waiting, in the same transaction. Allowed while the dialogue takes registrations.
 */
export async function changeSignups(
  db: Database,
  input: { registrationId: number; sessionIds: number[]; locale?: string },
): Promise<ChangeResult> {
  return inTransaction(db, async (tx) => {
    const registration = await lockRegistration(tx, input.registrationId);
    if (!registration || registration.erasedAt || !isLive(registration, now())) {
      // An overdue hold is expired here rather than changed: its seats go back first.
      if (registration?.status === "unconfirmed" && !registration.erasedAt) await expireLockedHold(tx, registration);
      return { kind: "notFound" } as const;
    }
    const [event] = await tx.select().from(events).where(eq(events.id, registration.eventId));
    if (!event) return { kind: "notFound" } as const;
    if (!registrationAvailability({ ...event, capacity: null }, now()).open) return { kind: "unavailable" } as const;
    // Seats are about to be claimed: overdue holds of this dialogue give theirs back first.
    await expireOverdueHolds(tx, { eventId: event.id });
    const eventSessions = await tx.select().from(sessions).where(eq(sessions.eventId, event.id));
    const byId = new Map(eventSessions.map((s) => [s.id, s]));
    const wanted = [...new Set(input.sessionIds)];
    if (wanted.some((id) => !byId.has(id))) return { kind: "invalid", errors: { sessionIds: ["sessions"] } } as const;
    const clash = findOverlap(wanted.map((id) => byId.get(id)!));
    if (clash) {
      const locale = input.locale ?? registration.locale;
      return {
        kind: "invalid",
        errors: { sessionIds: ["overlap"] },
        clash: [localize(clash[0].title, locale), localize(clash[1].title, locale)] as [string, string],
      } as const;
    }
    const current = await tx
      .select({ sessionId: sessionSignups.sessionId, status: sessionSignups.status })
      .from(sessionSignups)
      .where(and(eq(sessionSignups.registrationId, registration.id), ne(sessionSignups.status, "cancelled")));
    const have = new Map(current.map((s) => [s.sessionId, s.status as SeatOutcome]));
    const touched = [...new Set([...have.keys(), ...wanted])].sort((a, b) => a - b);
    const seats: Record<number, SeatOutcome> = {};
    let changed = false;
    for (const sessionId of touched) {
      const keep = wanted.includes(sessionId);
      if (keep && have.has(sessionId)) seats[sessionId] = have.get(sessionId)!;
      else if (keep) {
        seats[sessionId] = await claimSeat(tx, registration.id, sessionId);
        changed = true;
      } else {
        await releaseSignup(tx, registration.id, sessionId);
        changed = true;
      }
    }
    if (changed) {
      await queueRegistrationEmail(tx, registration.id, "updated", { dedupeKey: `updated:${registration.id}:${now().getTime()}` });
    }
    return { kind: "changed", seats, changed } as const;
  });
}

/** Cancels one session sign-up (by the delegate, or by an organiser with `actorUserId`). */
export async function cancelSignup(
  db: Database,
  input: { registrationId: number; sessionId: number; actorUserId?: number | null },
): Promise<{ ok: boolean }> {
  return inTransaction(db, async (tx) => {
    const registration = await lockRegistration(tx, input.registrationId);
    if (!registration) return { ok: false };
    const released = await releaseSignup(tx, registration.id, input.sessionId);
    if (!released) return { ok: false };
    await queueRegistrationEmail(tx, registration.id, "updated", { dedupeKey: `updated:${registration.id}:${now().getTime()}` });
    if (input.actorUserId != null) {
      await recordAudit(tx, await auditActor(tx, input.actorUserId), {
        action: "signup.cancel",
        entityType: "registration",
        entityId: registration.id,
        eventId: registration.eventId,
        after: { sessionId: input.sessionId },
      });
    }
    return { ok: true };
  });
}
