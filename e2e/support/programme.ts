import { asc, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/client";
import { events, sessions, themes } from "@/db/schema";
import { localize } from "@/lib/i18n/localize";
import { zonedDay } from "@/lib/time";

/** What the database says a dialogue's programme is, in a locale (the truth the pages must show). */
export async function expectedProgramme(database: DatabaseHandle, slug: string, locale: string) {
  const [event] = await database.db.select().from(events).where(eq(events.slug, slug));
  if (!event) throw new Error(`No dialogue ${slug} in the database`);
  const eventThemes = await database.db.select().from(themes).where(eq(themes.eventId, event.id));
  const rows = await database.db.select().from(sessions).where(eq(sessions.eventId, event.id)).orderBy(asc(sessions.startsAt));
  return {
    event,
    themes: eventThemes.map((t) => ({ slug: t.slug, name: localize(t.name, locale) })),
    sessions: rows.map((s) => {
      const theme = eventThemes.find((t) => t.id === s.themeId);
      return {
        id: s.id,
        slug: s.slug,
        title: localize(s.title, locale),
        day: zonedDay(s.startsAt, event.timeZone),
        theme: theme ? { slug: theme.slug, name: localize(theme.name, locale) } : null,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        isStreamed: s.isStreamed,
        streamUrl: s.isStreamed ? (s.streamUrl ?? event.streamUrl) : null,
      };
    }),
  };
}

/** Sets the server's clock through the test API (null returns it to the real time). */
export async function setServerClock(request: { post: (url: string, options: object) => Promise<{ ok(): boolean }> }, now: string | null) {
  const response = await request.post("/api/test/clock", { data: { now } });
  if (!response.ok()) throw new Error("Could not set the server clock");
}
