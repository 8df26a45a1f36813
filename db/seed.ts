import { eq, type SQL, sql } from "drizzle-orm";
import type { Database } from "./client";
import { events, sessions, themes } from "./schema";
import { cartagena } from "./seed-data/cartagena";
import { santoDomingo } from "./seed-data/santo-domingo";
import type { SeedEvent } from "./seed-data/types";
import { inTransaction } from "./transaction";

const seedEvents: SeedEvent[] = [cartagena, santoDomingo];

/**
 * Inserts both dialogues, their themes and sample programmes where they are missing. It never
 * overwrites: running it twice changes nothing, and organisers' edits survive restarts.
 */
export async function seedDatabase(db: Database): Promise<{ eventsCreated: number }> {
  let eventsCreated = 0;
  await inTransaction(db, async (tx) => {
    for (const seed of seedEvents) {
      const inserted = await tx.insert(events).values(seed.event).onConflictDoNothing({ target: events.slug }).returning({ id: events.id });
      if (inserted.length > 0) eventsCreated++;
      const [event] = await tx.select({ id: events.id, timeZone: events.timeZone }).from(events).where(eq(events.slug, seed.event.slug));
      if (!event) throw new Error(`Seed event ${seed.event.slug} vanished`);

      await tx
        .insert(themes)
        .values(seed.themes.map((theme, position) => ({ ...theme, eventId: event.id, position })))
        .onConflictDoNothing({ target: [themes.eventId, themes.slug] });
      const themeRows = await tx.select({ id: themes.id, slug: themes.slug }).from(themes).where(eq(themes.eventId, event.id));
      const themeId = new Map(themeRows.map((row) => [row.slug, row.id]));

      await tx
        .insert(sessions)
        .values(
          seed.sessions.map((s) => ({
            eventId: event.id,
            themeId: s.theme ? (themeId.get(s.theme) ?? null) : null,
            slug: s.slug,
            title: s.title,
            description: s.description,
            kind: s.kind,
            room: s.room,
            startsAt: wallClock(s.day, s.start, event.timeZone),
            endsAt: wallClock(s.day, s.end, event.timeZone),
            capacity: s.capacity,
            speakers: s.speakers ?? [],
            isStreamed: s.streamed ?? false,
            streamUrl: s.streamUrl ?? null,
            isSample: true,
          })),
        )
        .onConflictDoNothing({ target: [sessions.eventId, sessions.slug] });
    }
  });
  return { eventsCreated };
}

/** The instant a wall-clock time occurs in an IANA zone, worked out by the database itself. */
function wallClock(day: string, time: string, timeZone: string): SQL<Date> {
  return sql<Date>`(${day}::date + ${time}::time) at time zone ${timeZone}`;
}
