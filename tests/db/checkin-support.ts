import { randomUUID } from "node:crypto";
import type { Database } from "@/db/client";
import { type Event, events, sessionSignups, sessions } from "@/db/schema";

/**
 * A dialogue of the test's own (10 June 2024 in Lisbon, UTC+1) with one session from 10:00 to
 * 11:00 local time, so that counts never mix with another test's.
 */
export async function checkInDialogue(db: Database, options: { walkIns?: boolean } = {}) {
  const [event] = await db
    .insert(events)
    .values({
      slug: `checkin-${randomUUID().slice(0, 8)}`,
      title: { en: "Check-in test dialogue" },
      summary: { en: "Made by a test." },
      venue: { en: "Hall" },
      city: "Lisboa",
      countryCode: "PT",
      timeZone: "Europe/Lisbon",
      startDate: "2024-06-10",
      endDate: "2024-06-11",
    })
    .returning();
  const [session] = await db
    .insert(sessions)
    .values({
      eventId: event!.id,
      slug: "workshop",
      title: { en: "Workshop", es: "Taller" },
      description: { en: "" },
      kind: "workshop",
      room: "Room 1",
      startsAt: new Date("2024-06-10T09:00:00Z"),
      endsAt: new Date("2024-06-10T10:00:00Z"),
      capacity: 10,
      walkIns: options.walkIns ?? false,
    })
    .returning();
  return { event: event as Event, session: session! };
}

export async function signUpFor(db: Database, registrationId: number, sessionId: number, status: "confirmed" | "waitlisted" | "cancelled") {
  const at = new Date();
  await db.insert(sessionSignups).values({
    registrationId,
    sessionId,
    status,
    confirmedAt: status === "confirmed" ? at : null,
    waitlistedAt: status === "waitlisted" ? at : null,
    cancelledAt: status === "cancelled" ? at : null,
  });
}
