import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { type Event, events, registrations, sessions, themes } from "@/db/schema";
import { now } from "@/lib/clock";
import type { AttendanceMode } from "@/lib/hybrid/modes";
import { PUBLIC_STATUSES } from "@/lib/programme/status";
import { isSlug } from "@/lib/slugs";
import { liveHold, liveRegistration } from "./live";

/** What the registration form and the rules need to know about a dialogue. */
export async function loadEventCatalogue(db: Executor, slug: string) {
  if (!isSlug(slug)) return null;
  const [event] = await db
    .select()
    .from(events)
    .where(and(eq(events.slug, slug), inArray(events.status, PUBLIC_STATUSES)));
  if (!event) return null;
  const [themeRows, sessionRows] = await Promise.all([
    db.select().from(themes).where(eq(themes.eventId, event.id)).orderBy(asc(themes.position)),
    db.select().from(sessions).where(eq(sessions.eventId, event.id)).orderBy(asc(sessions.startsAt), asc(sessions.id)),
  ]);
  return { event, themes: themeRows, sessions: sessionRows };
}

export type Availability =
  | { open: true }
  /** `fullWithHolds`: full, but some places are only held by unconfirmed registrations and may free up. */
  | { open: false; reason: "closedByOrganisers" | "notYetOpen" | "closed" | "full" | "fullWithHolds"; opensAt?: Date | null };

type WindowFields = Pick<Event, "registrationOpen" | "registrationOpensAt" | "registrationClosesAt" | "capacity"> &
  Partial<Pick<Event, "status">>;

/**
 * Whether a dialogue takes registrations at `at` (from the app clock): the organisers' switch, the
 * optional window and the overall capacity (active registrations = pending, confirmed and live holds). Without a
 * window, registration is open while the organisers leave it open.
 */
export function registrationAvailability(event: WindowFields, at: Date, activeRegistrations = 0): Availability {
  // An archived dialogue is over: shown to the public, never open again for registration.
  if (event.status === "archived") return { open: false, reason: "closed" };
  if (!event.registrationOpen) return { open: false, reason: "closedByOrganisers" };
  if (event.registrationOpensAt && at < event.registrationOpensAt) {
    return { open: false, reason: "notYetOpen", opensAt: event.registrationOpensAt };
  }
  if (event.registrationClosesAt && at >= event.registrationClosesAt) return { open: false, reason: "closed" };
  if (event.capacity != null && activeRegistrations >= event.capacity) return { open: false, reason: "full" };
  return { open: true };
}

/**
 * Active registrations of an event (pending, confirmed, and unconfirmed ones whose hold is live):
 * what its capacity counts, of those attending one way (the in-person and the remote places are
 * counted apart) or of all. A held place is not free.
 */
export async function activeRegistrationCount(
  db: Executor,
  eventId: number,
  at: Date = now(),
  attendance: AttendanceMode | null = null,
): Promise<number> {
  const [row] = await db
    .select({ active: count() })
    .from(registrations)
    .where(
      and(eq(registrations.eventId, eventId), liveRegistration(at), attendance ? eq(registrations.attendance, attendance) : undefined),
    );
  return row?.active ?? 0;
}

/** Live unconfirmed holds of an event: places that may still free up. */
export async function liveHoldCount(db: Executor, eventId: number, at: Date = now()): Promise<number> {
  const [row] = await db
    .select({ held: count() })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), liveHold(at)));
  return row?.held ?? 0;
}

export { findOverlap } from "./overlap";
