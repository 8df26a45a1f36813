import "server-only";
import { and, asc, count, countDistinct, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { checkIns, events, registrations, sessionSignups, sessions } from "@/db/schema";
import type { LocalizedText } from "@/db/schema/localized";
import { dialogueScope } from "@/lib/auth/dialogue-scope";
import type { SessionUser } from "@/lib/auth/guard";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/database";
import { type Region, regionOf, regionsInOrder } from "@/lib/regions";
import { zonedDay } from "@/lib/time";

/**
 * Every dialogue the account may open, drafts included (organisers prepare them), soonest first:
 * all of them for administrators and unlimited accounts, the listed ones otherwise.
 */
export async function listDashboardEvents(user: Pick<SessionUser, "id" | "role">, db: Executor = getDb()) {
  const scope = await dialogueScope(db, user);
  if (scope !== "all" && scope.size === 0) return [];
  return db
    .select({ slug: events.slug, title: events.title, startDate: events.startDate, endDate: events.endDate, status: events.status })
    .from(events)
    .where(scope === "all" ? undefined : inArray(events.id, [...scope]))
    .orderBy(asc(events.startDate));
}

export async function dashboardEvent(slug: string, db: Executor = getDb()) {
  const [event] = await db
    .select({
      id: events.id,
      slug: events.slug,
      title: events.title,
      timeZone: events.timeZone,
      themeTerm: events.themeTerm,
      status: events.status,
      startDate: events.startDate,
      endDate: events.endDate,
      maxUnconfirmedHolds: events.maxUnconfirmedHolds,
      holdsCeilingHitAt: events.holdsCeilingHitAt,
    })
    .from(events)
    .where(eq(events.slug, slug));
  return event ?? null;
}

/** Pending and confirmed: the people who may come. */
const active = inArray(registrations.status, ["pending", "confirmed"]);

type Slice = { key: string; count: number };

export type Overview = {
  counts: {
    registered: number;
    confirmed: number;
    pending: number;
    /** Registrations holding seats while their address is not yet confirmed. */
    unconfirmed: number;
    /** Holds that ran out unconfirmed (their seats went back). */
    expired: number;
    waitlisted: number;
    /** Registrations on the dialogue's own waiting list (it was full). */
    dialogueWaitlist: number;
    cancelled: number;
    checkedInToday: number;
  };
  /** The event's calendar day "today" is, by the app clock in the event's zone. */
  today: string;
  byGroup: Slice[];
  byRegion: { key: Region; count: number }[];
  byCountry: Slice[];
  sessions: {
    id: number;
    title: LocalizedText;
    startsAt: Date;
    capacity: number | null;
    seatsTaken: number;
    waitlisted: number;
  }[];
};

/** Live figures of one dialogue, straight from the tables (nothing cached). */
export async function eventOverview(event: { id: number; timeZone: string }, db: Executor = getDb()): Promise<Overview> {
  const today = zonedDay(now(), event.timeZone);
  const ofEvent = eq(registrations.eventId, event.id);
  const [statusRows, waitlistRows, checkedRows, groupRows, countryRows, sessionRows, sessionWaitlists] = await Promise.all([
    db.select({ status: registrations.status, n: count() }).from(registrations).where(ofEvent).groupBy(registrations.status),
    db
      .select({ n: count() })
      .from(sessionSignups)
      .innerJoin(registrations, eq(registrations.id, sessionSignups.registrationId))
      .where(and(ofEvent, active, eq(sessionSignups.status, "waitlisted"))),
    db
      .select({ n: countDistinct(checkIns.registrationId) })
      .from(checkIns)
      .innerJoin(registrations, eq(registrations.id, checkIns.registrationId))
      .where(and(ofEvent, eq(checkIns.day, today))),
    db
      .select({ key: registrations.stakeholderGroup, n: count() })
      .from(registrations)
      .where(and(ofEvent, active))
      .groupBy(registrations.stakeholderGroup)
      .orderBy(desc(count()), asc(registrations.stakeholderGroup)),
    db
      .select({ key: registrations.countryCode, n: count() })
      .from(registrations)
      .where(and(ofEvent, active))
      .groupBy(registrations.countryCode)
      .orderBy(desc(count()), asc(registrations.countryCode)),
    db
      .select({
        id: sessions.id,
        title: sessions.title,
        startsAt: sessions.startsAt,
        capacity: sessions.capacity,
        seatsTaken: sessions.seatsTaken,
      })
      .from(sessions)
      .where(eq(sessions.eventId, event.id))
      .orderBy(asc(sessions.startsAt), asc(sessions.id)),
    db
      .select({ sessionId: sessionSignups.sessionId, n: count() })
      .from(sessionSignups)
      .innerJoin(sessions, eq(sessions.id, sessionSignups.sessionId))
      .where(and(eq(sessions.eventId, event.id), eq(sessionSignups.status, "waitlisted")))
      .groupBy(sessionSignups.sessionId),
  ]);
  const waitlisted = new Map(sessionWaitlists.map((w) => [w.sessionId, w.n]));
  const byStatus = Object.fromEntries(statusRows.map((r) => [r.status, r.n])) as Record<string, number>;
  const regionCounts = new Map<Region, number>();
  for (const row of countryRows) {
    const region = regionOf(row.key);
    regionCounts.set(region, (regionCounts.get(region) ?? 0) + row.n);
  }
  return {
    counts: {
      registered: (byStatus.pending ?? 0) + (byStatus.confirmed ?? 0),
      confirmed: byStatus.confirmed ?? 0,
      pending: byStatus.pending ?? 0,
      unconfirmed: byStatus.unconfirmed ?? 0,
      expired: byStatus.expired ?? 0,
      waitlisted: waitlistRows[0]?.n ?? 0,
      dialogueWaitlist: byStatus.waitlisted ?? 0,
      cancelled: byStatus.cancelled ?? 0,
      checkedInToday: checkedRows[0]?.n ?? 0,
    },
    today,
    byGroup: groupRows.map((r) => ({ key: r.key, count: r.n })),
    byRegion: regionsInOrder.map((key) => ({ key, count: regionCounts.get(key) ?? 0 })),
    byCountry: countryRows.map((r) => ({ key: r.key, count: r.n })),
    sessions: sessionRows.map((row) => ({ ...row, waitlisted: waitlisted.get(row.id) ?? 0 })),
  };
}
