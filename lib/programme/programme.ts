import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import type { Executor } from "@/db/client";
import { type Event, events, sessions, themes } from "@/db/schema";
import { eventCacheTag } from "@/lib/cache";
import { getDb } from "@/lib/database";
import { isDialogueFull } from "@/lib/hybrid/capacity";
import { isFilterSlug } from "@/lib/programme/filters";
import { PUBLIC_STATUSES } from "@/lib/programme/status";
import { isSlug } from "@/lib/slugs";

/**
 * One public dialogue (published or archived) with its themes (or pillars) and sessions, in
 * programme order; null when there is none by that slug (a draft is not public). Everything the public pages and exports show.
 */
export async function loadProgramme(db: Executor, slug: string, statuses: readonly Event["status"][] = PUBLIC_STATUSES) {
  if (!isSlug(slug)) return null;
  const [row] = await db
    .select()
    .from(events)
    .where(and(eq(events.slug, slug), inArray(events.status, statuses)))
    .limit(1);
  if (!row) return null;
  // The private video link never enters the public programme (nor its cache).
  const { remoteLink: _private, ...event } = row;
  const [eventThemes, eventSessions] = await Promise.all([
    db
      .select({
        id: themes.id,
        slug: themes.slug,
        name: themes.name,
        description: themes.description,
        position: themes.position,
      })
      .from(themes)
      .where(eq(themes.eventId, event.id))
      .orderBy(asc(themes.position), asc(themes.id)),
    db
      .select({
        id: sessions.id,
        slug: sessions.slug,
        themeId: sessions.themeId,
        title: sessions.title,
        description: sessions.description,
        kind: sessions.kind,
        room: sessions.room,
        startsAt: sessions.startsAt,
        endsAt: sessions.endsAt,
        capacity: sessions.capacity,
        seatsTaken: sessions.seatsTaken,
        speakers: sessions.speakers,
        isStreamed: sessions.isStreamed,
        streamUrl: sessions.streamUrl,
        isSample: sessions.isSample,
        sequence: sessions.sequence,
        updatedAt: sessions.updatedAt,
      })
      .from(sessions)
      .where(eq(sessions.eventId, event.id))
      .orderBy(asc(sessions.startsAt), asc(sessions.room), asc(sessions.id)),
  ]);
  const themeById = new Map(eventThemes.map((t) => [t.id, t]));
  // Full: new registrations join the waiting list (the register action refreshes this page's tag).
  const full = await isDialogueFull(db, event);
  return {
    event,
    full,
    themes: eventThemes,
    sessions: eventSessions.map((s) => ({
      ...s,
      theme: s.themeId === null ? null : (themeById.get(s.themeId) ?? null),
      /** A streamed session without its own link uses the event's stream. */
      streamUrl: s.isStreamed ? (s.streamUrl ?? event.streamUrl) : null,
    })),
  };
}

export type Programme = NonNullable<Awaited<ReturnType<typeof loadProgramme>>>;
export type ProgrammeSession = Programme["sessions"][number];

/**
 * The programme for public pages: kept in Next's data cache under the event's tag, so that
 * revalidateEvent(slug) refreshes every page and export built from it; shared within a request.
 */
export const getProgramme = cache(async (slug: string): Promise<Programme | null> => {
  // Made-up slugs leave nothing behind: a malformed one never reaches the database, and an unknown
  // one throws inside the cached function, because unstable_cache stores results, never errors.
  if (!isFilterSlug(slug)) return null;
  const read = unstable_cache(
    async () => {
      const programme = await loadProgramme(getDb(), slug);
      if (!programme) throw new NoSuchEvent();
      return programme;
    },
    ["programme", slug],
    { tags: [eventCacheTag(slug)], revalidate: 300 },
  );
  try {
    return reviveDates(await read());
  } catch (error) {
    if (error instanceof NoSuchEvent) return null;
    throw error;
  }
});

class NoSuchEvent extends Error {}

/**
 * Any dialogue's programme, a draft included, for its organisers' preview: read fresh, never
 * through the data cache above, so a draft can never be served from it to the public pages.
 */
export function previewProgramme(slug: string): Promise<Programme | null> {
  return loadProgramme(getDb(), slug, ["draft", "published", "archived"]);
}

/** The data cache stores JSON: turn the instants back into Dates. */
function reviveDates(programme: Programme): Programme {
  const date = (value: Date | string) => new Date(value);
  const maybe = (value: Date | string | null) => (value === null ? null : new Date(value));
  const { event } = programme;
  return {
    event: {
      ...event,
      registrationOpensAt: maybe(event.registrationOpensAt),
      registrationClosesAt: maybe(event.registrationClosesAt),
      createdAt: date(event.createdAt),
      updatedAt: date(event.updatedAt),
    },
    full: programme.full,
    themes: programme.themes,
    sessions: programme.sessions.map((s) => ({
      ...s,
      startsAt: date(s.startsAt),
      endsAt: date(s.endsAt),
      updatedAt: date(s.updatedAt),
    })),
  };
}
