import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { checkIns, type Event, registrations, sessionSignups, sessions, users } from "@/db/schema";
import { localize } from "@/lib/i18n/localize";
import { answerText } from "@/lib/questions/answer-text";
import { allQuestions, answersOfEvent } from "@/lib/questions/answers";
import { exportLabels } from "./export-labels";
import type { RegistrationFilters } from "./registration-filters";
import { registrationConditions, registrationOrder } from "./registrations";
import type { Column, ColumnType, Table } from "./spreadsheet";

export const exportKinds = ["registrations", "sessions", "attendance"] as const;
export type ExportKind = (typeof exportKinds)[number];

/** Columns by name and type; times carry the dialogue's zone in their header. */
function columns(event: Event, spec: [string, ColumnType][]): Column[] {
  return spec.map(([header, type]) => ({ header: type === "datetime" ? `${header} (${event.timeZone})` : header, type }));
}

/**
 * Every registration matching the table's filters, in the table's order. Codes (status, group,
 * country) keep their own columns for machines; a label in the organiser's language follows each.
 * Then one column per question of the dialogue (removed ones last), headed by its label.
 */
export async function registrationsTable(
  db: Executor,
  event: Event,
  locale: string,
  filters: Partial<RegistrationFilters>,
): Promise<Table> {
  const label = exportLabels(locale);
  const rows = await db
    .select()
    .from(registrations)
    .where(registrationConditions(event.id, filters))
    .orderBy(...registrationOrder({ sort: filters.sort ?? "created", dir: filters.dir ?? "desc" }));
  const [questions, answers] = await Promise.all([allQuestions(db, event.id), answersOfEvent(db, event.id)]);
  const words = { ...label.answer, country: label.country };
  return {
    name: "Registrations",
    timeZone: event.timeZone,
    columns: columns(event, [
      ["id", "number"],
      ["status", "text"],
      ["status_label", "text"],
      ["honorific", "text"],
      ["given_name", "text"],
      ["family_name", "text"],
      ["email", "text"],
      ["phone", "text"],
      ["organisation", "text"],
      ["position", "text"],
      ["stakeholder_group", "text"],
      ["stakeholder_group_label", "text"],
      ["country", "text"],
      ["country_name", "text"],
      ["represents", "text"],
      ["preferred_language", "text"],
      ["locale", "text"],
      ["registered_at", "datetime"],
      // In person or remote (lib/hybrid): which places and waiting list the registration counts in.
      ["attendance", "text"],
    ]).concat(questions.map((q) => ({ header: localize(q.label, locale), type: "text" as const }))),
    rows: rows.map((r) => [
      r.id,
      r.status,
      label.status(r.status),
      r.honorific,
      r.givenName,
      r.familyName,
      r.email,
      r.phone,
      r.organisation,
      r.position,
      r.stakeholderGroup,
      label.group(r.stakeholderGroup),
      r.countryCode,
      label.country(r.countryCode),
      r.represents,
      r.preferredLanguage,
      r.locale,
      r.createdAt,
      r.attendance,
      ...questions.map((q) => answerText(q, answers.get(r.id)?.[q.id], locale, words)),
    ]),
  };
}

/** Sign-ups per session (confirmed and waiting), one line each. */
export async function sessionListsTable(db: Executor, event: Event, locale: string, sessionId?: number): Promise<Table> {
  const label = exportLabels(locale);
  const rows = await db
    .select({ session: sessions, signup: sessionSignups, r: registrations })
    .from(sessionSignups)
    .innerJoin(sessions, eq(sessions.id, sessionSignups.sessionId))
    .innerJoin(registrations, eq(registrations.id, sessionSignups.registrationId))
    .where(and(eq(sessions.eventId, event.id), ne(sessionSignups.status, "cancelled"), sessionId ? eq(sessions.id, sessionId) : undefined))
    .orderBy(
      asc(sessions.startsAt),
      asc(sessions.id),
      asc(sessionSignups.status),
      asc(sessionSignups.waitlistedAt),
      asc(registrations.familyName),
      asc(registrations.id),
    );
  return {
    name: "Session lists",
    timeZone: event.timeZone,
    columns: columns(event, [
      ["session", "text"],
      ["starts_at", "datetime"],
      ["ends_at", "datetime"],
      ["room", "text"],
      ["signup_status", "text"],
      ["signup_status_label", "text"],
      ["registration_id", "number"],
      ["given_name", "text"],
      ["family_name", "text"],
      ["email", "text"],
      ["organisation", "text"],
      ["country", "text"],
      ["country_name", "text"],
    ]),
    rows: rows.map(({ session, signup, r }) => [
      localize(session.title, locale),
      session.startsAt,
      session.endsAt,
      session.room,
      signup.status,
      label.signupStatus(signup.status),
      r.id,
      r.givenName,
      r.familyName,
      r.email,
      r.organisation,
      r.countryCode,
      label.country(r.countryCode),
    ]),
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
    timeZone: event.timeZone,
    columns: columns(event, [
      ["day", "date"],
      ["session", "text"],
      ["checked_in_at", "datetime"],
      ["registration_id", "number"],
      ["given_name", "text"],
      ["family_name", "text"],
      ["email", "text"],
      ["organisation", "text"],
      ["checked_in_by", "text"],
      // The desk that scanned (offline desks name themselves), and a session's walk-in let in anyway.
      ["device", "text"],
      ["admitted_without_signup", "text"],
    ]),
    rows: rows.map(({ c, r, title, by }) => [
      c.day,
      title ? localize(title, locale) : null,
      c.checkedInAt,
      r.id,
      r.givenName,
      r.familyName,
      r.email,
      r.organisation,
      by,
      c.deviceId,
      String(c.admittedWithoutSignup),
    ]),
  };
}
