import "server-only";
import type { Executor } from "@/db/client";
import type { Event } from "@/db/schema";
import { now } from "@/lib/clock";
import { activeRegistrationCount } from "@/lib/registration/catalogue";
import { capacityFor, offeredAttendance } from "./modes";

/**
 * Whether every way of attending the dialogue is full (new registrations then join a waiting
 * list): a hybrid dialogue with remote places left is not full even when the room is.
 */
export async function isDialogueFull(
  db: Executor,
  event: Pick<Event, "id" | "capacity" | "remoteCapacity" | "participationMode">,
): Promise<boolean> {
  const at = now();
  for (const attendance of offeredAttendance(event.participationMode)) {
    const capacity = capacityFor(event, attendance);
    if (capacity == null || (await activeRegistrationCount(db, event.id, at, attendance)) < capacity) return false;
  }
  return true;
}
