import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { checkIns, delegations, type Event, registrations, sessionSignups, sessions, users } from "@/db/schema";
import { now } from "@/lib/clock";
import type { Roster } from "./contract";

type RosterRegistration = Roster["registrations"][number];

/**
 * What an offline check-in desk downloads: enough to recognise, find by name and admit every
 * delegate with no network, and nothing more: no address, phone, position or special-category
 * data, since it stays on a phone at the door.
 *
 * The roster in four flat queries whatever the number of delegates (1,500 is a large dialogue),
 * grouped here by registration. Cancelled and declined registrations are in it, with their
 * status, so that a desk can say so; erased ones are not (nothing is left to show of them).
 */
export async function checkInRoster(db: Executor, event: Event, publicKey: string): Promise<Roster> {
  const syncedAt = now().toISOString();
  const ofEvent = and(eq(registrations.eventId, event.id), isNull(registrations.erasedAt));
  const [sessionRows, people, signups, arrivals] = await Promise.all([
    db
      .select({ id: sessions.id, title: sessions.title, startsAt: sessions.startsAt, endsAt: sessions.endsAt, walkIns: sessions.walkIns })
      .from(sessions)
      .where(eq(sessions.eventId, event.id))
      .orderBy(asc(sessions.startsAt), asc(sessions.id)),
    db
      .select({
        id: registrations.id,
        givenName: registrations.givenName,
        familyName: registrations.familyName,
        sortName: registrations.sortName,
        organisation: registrations.organisation,
        delegation: delegations.name,
        status: registrations.status,
      })
      .from(registrations)
      .leftJoin(delegations, eq(delegations.id, registrations.delegationId))
      .where(ofEvent)
      .orderBy(asc(registrations.sortName), asc(registrations.id)),
    db
      .select({ registrationId: sessionSignups.registrationId, sessionId: sessionSignups.sessionId, status: sessionSignups.status })
      .from(sessionSignups)
      .innerJoin(registrations, eq(registrations.id, sessionSignups.registrationId))
      .where(and(ofEvent, inArray(sessionSignups.status, ["confirmed", "waitlisted"])))
      .orderBy(asc(sessionSignups.id)),
    db
      .select({
        registrationId: checkIns.registrationId,
        day: checkIns.day,
        sessionId: checkIns.sessionId,
        at: checkIns.checkedInAt,
        by: users.name,
      })
      .from(checkIns)
      .innerJoin(registrations, eq(registrations.id, checkIns.registrationId))
      .leftJoin(users, eq(users.id, checkIns.checkedInById))
      .where(ofEvent)
      .orderBy(asc(checkIns.checkedInAt), asc(checkIns.id)),
  ]);
  const byId = new Map<number, RosterRegistration>();
  const roster = people.map((p): RosterRegistration => {
    const row: RosterRegistration = {
      id: p.id,
      name: `${p.givenName} ${p.familyName}`,
      sortName: p.sortName ?? "",
      organisation: p.organisation,
      delegation: p.delegation,
      status: p.status,
      sessions: [],
      checkIns: [],
    };
    byId.set(p.id, row);
    return row;
  });
  for (const s of signups) {
    if (s.status !== "cancelled") byId.get(s.registrationId)?.sessions.push({ id: s.sessionId, status: s.status });
  }
  for (const c of arrivals) {
    byId.get(c.registrationId)?.checkIns.push({ day: c.day, sessionId: c.sessionId, at: c.at.toISOString(), by: c.by ?? null });
  }
  return {
    eventId: event.id,
    slug: event.slug,
    timeZone: event.timeZone,
    publicKey,
    syncedAt,
    sessions: sessionRows.map((s) => ({ ...s, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })),
    registrations: roster,
  };
}
