import "server-only";
import { and, count, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { events, registrations } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { now } from "@/lib/clock";
import { activeRegistrationCount } from "@/lib/registration/catalogue";
import { fillEventPlaces } from "@/lib/registration/event-waitlist";
import { isLive } from "@/lib/registration/live";
import { lockRegistration } from "@/lib/registration/locks";
import { type AttendanceMode, capacityFor } from "./modes";

export type AttendanceChange = { kind: "changed" | "unchanged" | "full" | "notAllowed" | "notFound"; eventId?: number };

/**
 * A delegate of a hybrid dialogue switches between in person and remote, by the same rules as
 * registering: under the lock on the dialogue, the other way must have a free place and nobody
 * waiting for one (a switch never jumps the line); the place left behind goes to the next in
 * that line, in the same transaction. Only a registration that holds a place may switch.
 * Lock order as everywhere: registration row, then event row.
 */
export async function changeAttendance(
  db: Database,
  input: { registrationId: number; attendance: AttendanceMode },
): Promise<AttendanceChange> {
  return inTransaction(db, async (tx) => {
    const registration = await lockRegistration(tx, input.registrationId);
    if (!registration || registration.erasedAt) return { kind: "notFound" };
    const [event] = await tx.select().from(events).where(eq(events.id, registration.eventId)).for("update");
    if (!event) return { kind: "notFound" };
    const at = now();
    if (event.participationMode !== "hybrid" || !isLive(registration, at)) return { kind: "notAllowed", eventId: event.id };
    if (registration.attendance === input.attendance) return { kind: "unchanged", eventId: event.id };
    const capacity = capacityFor(event, input.attendance);
    if (capacity != null) {
      const [waiting] = await tx
        .select({ n: count() })
        .from(registrations)
        .where(
          and(eq(registrations.eventId, event.id), eq(registrations.status, "waitlisted"), eq(registrations.attendance, input.attendance)),
        );
      const taken = await activeRegistrationCount(tx, event.id, at, input.attendance);
      if ((waiting?.n ?? 0) > 0 || taken >= capacity) return { kind: "full", eventId: event.id };
    }
    await tx.update(registrations).set({ attendance: input.attendance, updatedAt: at }).where(eq(registrations.id, registration.id));
    await fillEventPlaces(tx, event.id);
    return { kind: "changed", eventId: event.id };
  });
}
