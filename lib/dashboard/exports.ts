import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { checkIns, type Event, registrations, sessionSignups, sessions, users } from "@/db/schema";
import { localize } from "@/lib/i18n/localize";
import type { RegistrationFilters } from "./registration-filters";
import { registrationConditions, registrationOrder } from "./registrations";
import type { Table } from "./spreadsheet";

export const exportKinds = ["registrations", "sessions", "attendance"] as const;
export type ExportKind = (typeof exportKinds)[number];

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** Every registration matching the table's filters, in the table's order. */
export async function registrationsTable(db: Executor, event: Event, filters: Partial<RegistrationFilters>): Promise<Table> {
  const rows = await db
    .select()
    .from(registrations)
    .where(registrationConditions(event.id, filters))
    .orderBy(...registrationOrder({ sort: filters.sort ?? "created", dir: filters.dir ?? "desc" }));
  return {
    name: "Registrations",
    header: ["id", "status", "honorific", "given_name", "family_name", "email", "phone", "organisation", "position", "stakeholder_group", "country", "represents", "preferred_language", "locale", "registered_at"],
    rows: rows.map((r) => [r.id, r.status, r.honorific, r.givenName, r.familyName, r.email, r.phone, r.organisation, r.position, r.stakeholderGroup, r.countryCode, r.represents, r.preferredLanguage, r.locale, iso(r.createdAt)]),
  };
}

/** Sign-ups per session (confirmed and waiting), one line each. */
export async function sessionListsTable(db: Executor, event: Event, locale: string, sessionId?: number): Promise<Table> {
  const rows = await db
    .select({ session: sessions, signup: sessionSignups, r: registrations })
    .from(sessionSignups)
    .innerJoin(sessions, eq(sessions.id, sessionSignups.sessionId))
    .innerJoin(registrations, eq(registrations.id, sessionSignups.registrationId))
    .where(and(eq(sessions.eventId, event.id), ne(sessionSignups.status, "cancelled"), sessionId ? eq(sessions.id, sessionId) : undefined))
    .orderBy(asc(sessions.startsAt), asc(sessions.id), asc(sessionSignups.status), asc(sessionSignups.waitlistedAt), asc(registrations.familyName), asc(registrations.id));
  return {
    name: "Session lists",
    header: ["session", "starts_at", "room", "signup_status", "registration_id", "given_name", "family_name", "email", "organisation", "country"],
    rows: rows.map(({ session, signup, r }) => [localize(session.title, locale), iso(session.startsAt), session.room, signup.status, r.id, r.givenName, r.familyName, r.email, r.organisation, r.countryCode]),
  };
}

/** Every check-in: at the venue (no session) or in a session. */
export async function attendanceTable(db: Executor, event: Event, locale: string): Promise<Table> {
  const rows = await db
    .select({ c: checkIns, r: registrations, title: sessions.title, by: users.email })
    .from(checkIns)
    .innerJoin(registrations, eq(registrations.id, checkIns.registrationId))
    .leftJoin(sessions, eq(sessions.id, checkIns.sessionId))
    .leftJoin(users, eq(users.id, checkIns.checkedInById))
    .where(eq(registrations.eventId, event.id))
    .orderBy(asc(checkIns.day), asc(checkIns.checkedInAt), asc(checkIns.id));
  return {
    name: "Attendance",
    header: ["day", "session", "checked_in_at", "registration_id", "given_name", "family_name", "email", "organisation", "checked_in_by"],
    rows: rows.map(({ c, r, title, by }) => [c.day, title ? localize(title, locale) : "", iso(c.checkedInAt), r.id, r.givenName, r.familyName, r.email, r.organisation, by]),
  };
}
