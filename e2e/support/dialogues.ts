import type { Database } from "@/db/client";
import { events, type LocalizedText, type NewEvent, sessions } from "@/db/schema";

/**
 * A dialogue of the test's own, with one session, so counts and seats that other tests change at
 * the same time never move what this test reads. Drafts stay off the public home page.
 */
export async function createTestDialogue(
  db: Database,
  label: string,
  options: { event?: Partial<NewEvent>; capacity?: number | null; sessionTitle?: LocalizedText } = {},
) {
  const slug = `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const [event] = await db
    .insert(events)
    .values({
      slug,
      title: { en: `Test dialogue ${label}` },
      summary: { en: "A dialogue made by a test." },
      venue: { en: "Hall" },
      city: "Lisboa",
      countryCode: "PT",
      timeZone: "Europe/Lisbon",
      startDate: "2024-06-10",
      endDate: "2024-06-10",
      ...options.event,
    })
    .returning();
  const [session] = await db
    .insert(sessions)
    .values({
      eventId: event!.id,
      slug: "small-workshop",
      title: options.sessionTitle ?? { en: "Small workshop" },
      description: { en: "A session made by a test." },
      kind: "workshop",
      room: "Room 1",
      startsAt: new Date("2024-06-10T09:00:00Z"),
      endsAt: new Date("2024-06-10T10:00:00Z"),
      capacity: options.capacity === undefined ? 3 : options.capacity,
    })
    .returning();
  return { event: event!, session: session!, slug };
}
