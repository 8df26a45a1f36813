import "server-only";
import { asc, count, eq, inArray } from "drizzle-orm";
import { events, themes } from "@/db/schema";
import { getDb } from "@/lib/database";
import { PUBLIC_STATUSES } from "./status";

/** Public dialogues (published, and archived ones as past), soonest first, with the number of themes of each. */
export async function listPublicEvents() {
  return getDb()
    .select({
      slug: events.slug,
      title: events.title,
      summary: events.summary,
      venue: events.venue,
      city: events.city,
      countryCode: events.countryCode,
      timeZone: events.timeZone,
      startDate: events.startDate,
      endDate: events.endDate,
      registrationOpen: events.registrationOpen,
      registrationOpensAt: events.registrationOpensAt,
      registrationClosesAt: events.registrationClosesAt,
      requiresApproval: events.requiresApproval,
      themeTerm: events.themeTerm,
      status: events.status,
      themeCount: count(themes.id),
    })
    .from(events)
    .leftJoin(themes, eq(themes.eventId, events.id))
    .where(inArray(events.status, PUBLIC_STATUSES))
    .groupBy(events.id)
    .orderBy(asc(events.startDate));
}

export type EventListItem = Awaited<ReturnType<typeof listPublicEvents>>[number];
