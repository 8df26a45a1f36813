import { z } from "zod";
import type { Programme } from "@/lib/programme/programme";
import { zonedDay } from "@/lib/time";

/**
 * The programme as JSON (GET /{locale}/events/{slug}/programme.json). The shape is documented in
 * the README, section "Programme JSON"; this schema is its contract (a unit test checks the output
 * against it). Texts are given in every language stored, keyed by locale (`en` always present).
 */
const localizedText = z
  .object({ en: z.string(), es: z.string().optional(), pt: z.string().optional(), fr: z.string().optional() })
  .strict();

export const programmeJsonSchema = z
  .object({
    version: z.literal(1),
    event: z.object({
      slug: z.string(),
      url: z.url(),
      title: localizedText,
      summary: localizedText,
      hosts: localizedText.nullable(),
      venue: localizedText,
      city: z.string(),
      countryCode: z.string().length(2),
      timeZone: z.string(),
      startDate: z.iso.date(),
      endDate: z.iso.date(),
      themeTerm: z.enum(["theme", "pillar"]),
      streamUrl: z.url().nullable(),
      registrationOpen: z.boolean(),
      calendarUrl: z.url(),
    }),
    themes: z.array(z.object({ slug: z.string(), name: localizedText, description: localizedText, position: z.number().int() })),
    sessions: z.array(
      z.object({
        slug: z.string(),
        url: z.url(),
        calendarUrl: z.url(),
        theme: z.string().nullable(),
        title: localizedText,
        description: localizedText,
        kind: z.enum(["plenary", "panel", "working_group", "workshop", "roundtable", "side_event"]),
        room: z.string(),
        day: z.iso.date(),
        startsAt: z.iso.datetime(),
        endsAt: z.iso.datetime(),
        capacity: z.number().int().nonnegative().nullable(),
        seatsLeft: z.number().int().nonnegative().nullable(),
        speakers: z.array(z.object({ name: z.string(), role: localizedText.optional() })),
        isStreamed: z.boolean(),
        streamUrl: z.url().nullable(),
        isSample: z.boolean(),
      }),
    ),
  })
  .strict();

export type ProgrammeJson = z.infer<typeof programmeJsonSchema>;

export function programmeJson(programme: Programme, pageBase: string): ProgrammeJson {
  const { event } = programme;
  const eventUrl = `${pageBase}/events/${event.slug}`;
  return {
    version: 1,
    event: {
      slug: event.slug,
      url: eventUrl,
      title: event.title,
      summary: event.summary,
      hosts: event.hosts ?? null,
      venue: event.venue,
      city: event.city,
      countryCode: event.countryCode,
      timeZone: event.timeZone,
      startDate: event.startDate,
      endDate: event.endDate,
      themeTerm: event.themeTerm,
      streamUrl: event.streamUrl,
      registrationOpen: event.registrationOpen,
      calendarUrl: `${eventUrl}/programme.ics`,
    },
    themes: programme.themes.map((t) => ({
      slug: t.slug,
      name: t.name,
      description: t.description,
      position: t.position,
    })),
    sessions: programme.sessions.map((s) => ({
      slug: s.slug,
      url: `${eventUrl}/sessions/${s.slug}`,
      calendarUrl: `${eventUrl}/sessions/${s.slug}/session.ics`,
      theme: s.theme?.slug ?? null,
      title: s.title,
      description: s.description,
      kind: s.kind,
      room: s.room,
      day: zonedDay(s.startsAt, event.timeZone),
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      capacity: s.capacity,
      seatsLeft: s.capacity === null ? null : Math.max(0, s.capacity - s.seatsTaken),
      speakers: s.speakers,
      isStreamed: s.isStreamed,
      streamUrl: s.streamUrl,
      isSample: s.isSample,
    })),
  };
}
