import "server-only";
import { and, asc, count, eq, isNull, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { delegations, registrations, uploads } from "@/db/schema";
import type { BadgeSelection } from "./badge-schema";

/**
 * Who gets a badge: confirmed registrations (approved where the dialogue needs approval), never
 * erased ones. Pending, waitlisted, unconfirmed, expired, declined and cancelled registrations are
 * never printed: their QR code would not check them in (lib/dashboard/checkin.ts).
 */
function printable(eventId: number): SQL {
  return and(eq(registrations.eventId, eventId), eq(registrations.status, "confirmed"), isNull(registrations.erasedAt))!;
}

function selected(selection: BadgeSelection): SQL | undefined {
  switch (selection.scope) {
    case "all":
      return undefined;
    case "delegation":
      return eq(registrations.delegationId, selection.delegation);
    case "group":
      return eq(registrations.stakeholderGroup, selection.group);
    case "registration":
      return eq(registrations.id, selection.registration);
  }
}

/**
 * The people of one batch with what their badge prints, in family-name order (accents folded, so
 * "Álvarez" files with "Alvarez"), the photo's bytes included.
 */
export function badgeRows(db: Executor, eventId: number, selection: BadgeSelection) {
  return db
    .select({
      id: registrations.id,
      givenName: registrations.givenName,
      familyName: registrations.familyName,
      organisation: registrations.organisation,
      countryCode: registrations.countryCode,
      stakeholderGroup: registrations.stakeholderGroup,
      headOfDelegation: registrations.headOfDelegation,
      badgeRole: registrations.badgeRole,
      photo: uploads.content,
    })
    .from(registrations)
    .leftJoin(uploads, eq(uploads.id, registrations.photoUploadId))
    .where(and(printable(eventId), selected(selection)))
    .orderBy(asc(registrations.sortName), asc(registrations.id));
}
export type BadgeRow = Awaited<ReturnType<typeof badgeRows>>[number];

/** What the badges page offers: how many badges in all, per delegation and per stakeholder group. */
export async function badgeChoices(db: Executor, eventId: number) {
  const [total, byDelegation, byGroup] = await Promise.all([
    db.select({ count: count() }).from(registrations).where(printable(eventId)),
    db
      .select({ id: delegations.id, name: delegations.name, count: count(registrations.id) })
      .from(delegations)
      .leftJoin(registrations, and(eq(registrations.delegationId, delegations.id), printable(eventId)))
      .where(eq(delegations.eventId, eventId))
      .groupBy(delegations.id, delegations.name)
      .orderBy(asc(delegations.name)),
    db
      .select({ group: registrations.stakeholderGroup, count: count() })
      .from(registrations)
      .where(printable(eventId))
      .groupBy(registrations.stakeholderGroup),
  ]);
  return { total: total[0]?.count ?? 0, delegations: byDelegation, groups: byGroup };
}
