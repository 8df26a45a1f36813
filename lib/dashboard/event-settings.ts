import "server-only";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type Event, events, registrations, sessions } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { fillEventPlaces } from "@/lib/registration/event-waitlist";
import { zonedInstant } from "@/lib/time";
import type { EventSettingsForm } from "./event-settings-schema";

const settingsOf = (event: Event) => ({
  registrationOpen: event.registrationOpen,
  registrationOpensAt: event.registrationOpensAt,
  registrationClosesAt: event.registrationClosesAt,
  capacity: event.capacity,
  participationMode: event.participationMode,
  remoteCapacity: event.remoteCapacity,
  // Whether there is a private link, never the link itself (the audit log is read by every organiser).
  remoteLink: event.remoteLink ? "set" : null,
  requiresApproval: event.requiresApproval,
  inviteOnly: event.inviteOnly,
  holdMinutes: event.holdMinutes,
  maxUnconfirmedHolds: event.maxUnconfirmedHolds,
  streamUrl: event.streamUrl,
  contactEmail: event.contactEmail,
  status: event.status,
  reminderDaysBefore: event.reminderDaysBefore,
});

export function localToInstant(value: string | null, timeZone: string): Date | null {
  if (!value) return null;
  const [day, time] = value.split("T") as [string, string];
  return zonedInstant(day, time, timeZone);
}

export function instantToLocal(instant: Date | null, timeZone: string): string {
  if (!instant) return "";
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}

/** The stored settings as the form's values (times in the event's zone). */
export function eventSettingsValues(event: Event): Record<string, string> {
  return {
    registrationOpen: event.registrationOpen ? "on" : "",
    registrationOpensAt: instantToLocal(event.registrationOpensAt, event.timeZone),
    registrationClosesAt: instantToLocal(event.registrationClosesAt, event.timeZone),
    capacity: event.capacity === null ? "" : String(event.capacity),
    participationMode: event.participationMode,
    remoteCapacity: event.remoteCapacity === null ? "" : String(event.remoteCapacity),
    remoteLink: event.remoteLink ?? "",
    requiresApproval: event.requiresApproval ? "on" : "",
    inviteOnly: event.inviteOnly ? "on" : "",
    holdMinutes: String(event.holdMinutes),
    maxUnconfirmedHolds: String(event.maxUnconfirmedHolds),
    streamUrl: event.streamUrl ?? "",
    contactEmail: event.contactEmail ?? "",
    status: event.status,
    reminderDaysBefore: event.reminderDaysBefore === null ? "" : String(event.reminderDaysBefore),
  };
}

/** A capacity below the delegates already confirmed: refused (the form says how many there are). */
export class CapacityBelowConfirmed extends Error {
  constructor(
    readonly confirmed: number,
    readonly field: "capacity" | "remoteCapacity" = "capacity",
  ) {
    super(`capacity below the ${confirmed} confirmed registrations`);
  }
}

/**
 * Saves the dialogue's registration settings, audited with before and after in the same
 * transaction. Lowering the overall capacity never touches existing registrations: it only stops
 * new ones while the dialogue is full; below the confirmed count it is refused (CapacityBelowConfirmed).
 */
export async function updateEventSettings(db: Database, actor: AuditActor, eventId: number, form: EventSettingsForm) {
  return inTransaction(db, async (tx) => {
    const [before] = await tx.select().from(events).where(eq(events.id, eventId)).for("update");
    if (!before) return null;
    // Each cap against the confirmed delegates it counts: in the room, or remote.
    for (const [field, attendance, cap] of [
      ["capacity", "in_person", form.capacity],
      ["remoteCapacity", "remote", form.remoteCapacity],
    ] as const) {
      if (cap === null) continue;
      const [row] = await tx
        .select({ confirmed: count() })
        .from(registrations)
        .where(and(eq(registrations.eventId, eventId), eq(registrations.status, "confirmed"), eq(registrations.attendance, attendance)));
      if (cap < row!.confirmed) throw new CapacityBelowConfirmed(row!.confirmed, field);
    }
    const [after] = await tx
      .update(events)
      .set({
        registrationOpen: form.registrationOpen,
        registrationOpensAt: localToInstant(form.registrationOpensAt, before.timeZone),
        registrationClosesAt: localToInstant(form.registrationClosesAt, before.timeZone),
        capacity: form.capacity,
        participationMode: form.participationMode ?? before.participationMode,
        remoteCapacity: form.remoteCapacity,
        remoteLink: form.remoteLink,
        requiresApproval: form.requiresApproval,
        inviteOnly: form.inviteOnly,
        holdMinutes: form.holdMinutes ?? before.holdMinutes,
        maxUnconfirmedHolds: form.maxUnconfirmedHolds ?? before.maxUnconfirmedHolds,
        streamUrl: form.streamUrl,
        contactEmail: form.contactEmail,
        status: form.status,
        reminderDaysBefore: form.reminderDaysBefore === undefined ? before.reminderDaysBefore : form.reminderDaysBefore,
        updatedAt: now(),
      })
      .where(eq(events.id, eventId))
      .returning();
    // A capacity raised (or removed) gives the new places to the waiting list at once.
    const promoted = await fillEventPlaces(tx, eventId);
    if (before.streamUrl !== after!.streamUrl) {
      // Streamed sessions with no link of their own show this one in calendar files: raise their SEQUENCE.
      await tx
        .update(sessions)
        .set({ sequence: sql`${sessions.sequence} + 1`, updatedAt: now() })
        .where(and(eq(sessions.eventId, eventId), eq(sessions.isStreamed, true), isNull(sessions.streamUrl)));
    }
    await recordAudit(tx, actor, {
      action: "event.settings",
      entityType: "event",
      entityId: eventId,
      eventId,
      before: settingsOf(before),
      after: { ...settingsOf(after!), ...(promoted.length > 0 ? { promotedFromWaitingList: promoted.length } : {}) },
    });
    return after!;
  });
}
