import "server-only";
import { and, asc, count, desc, eq, exists, ne, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditLog, checkIns, emailOutbox, registrations, sessionSignups, sessions, users } from "@/db/schema";
import { fold } from "@/db/schema/fold";
import { answerCondition } from "@/lib/questions/answers";
import { PAGE_SIZE, type RegistrationFilters } from "./registration-filters";

/** `%` and `_` typed by an organiser are searched for literally; case and accents do not matter. */
function likePattern(text: string): string {
  return `%${fold(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Search in name, email and organisation, whatever the case and accents ("nunez" finds "Núñez").
 * `searchText` is stored folded, so a LIKE on the folded pattern needs no folding of every row at
 * query time (~6 ms instead of ~28 ms for ILIKE over 10,000 rows).
 */
export function searchCondition(text: string): SQL {
  return sql`${registrations.searchText} like ${likePattern(text)}`;
}

/** The WHERE clause of the table and of its export: same filters, same rows. */
export function registrationConditions(eventId: number, filters: Partial<RegistrationFilters>): SQL {
  const conditions: (SQL | undefined)[] = [eq(registrations.eventId, eventId)];
  if (filters.q) conditions.push(searchCondition(filters.q));
  if (filters.status) conditions.push(eq(registrations.status, filters.status));
  if (filters.group) conditions.push(eq(registrations.stakeholderGroup, filters.group));
  if (filters.country) conditions.push(eq(registrations.countryCode, filters.country));
  if (filters.session) {
    conditions.push(
      exists(
        sql`(select 1 from ${sessionSignups} where ${sessionSignups.registrationId} = ${registrations.id}
          and ${sessionSignups.sessionId} = ${filters.session} and ${sessionSignups.status} <> 'cancelled')`,
      ),
    );
  }
  if (filters.answer) conditions.push(answerCondition(filters.answer));
  return and(...conditions)!;
}

/** ORDER BY for a sort; the id last makes every order total, so pages never overlap. */
export function registrationOrder(filters: Pick<RegistrationFilters, "sort" | "dir">): SQL[] {
  const direction = filters.dir === "asc" ? asc : desc;
  switch (filters.sort) {
    case "name":
      return [direction(registrations.sortName), direction(registrations.id)];
    case "organisation":
      return [direction(sql`lower(${registrations.organisation})`), direction(registrations.id)];
    case "country":
      return [direction(registrations.countryCode), direction(registrations.id)];
    case "status":
      return [direction(registrations.status), direction(registrations.id)];
    default:
      return [direction(registrations.createdAt), direction(registrations.id)];
  }
}

const registrationColumns = {
  id: registrations.id,
  honorific: registrations.honorific,
  givenName: registrations.givenName,
  familyName: registrations.familyName,
  email: registrations.email,
  phone: registrations.phone,
  organisation: registrations.organisation,
  position: registrations.position,
  stakeholderGroup: registrations.stakeholderGroup,
  countryCode: registrations.countryCode,
  represents: registrations.represents,
  preferredLanguage: registrations.preferredLanguage,
  status: registrations.status,
  createdAt: registrations.createdAt,
};

/** One page of the organisers' table, with the number of matching rows. */
export async function listRegistrations(db: Executor, eventId: number, filters: RegistrationFilters, pageSize = PAGE_SIZE) {
  const where = registrationConditions(eventId, filters);
  const [rows, [total]] = await Promise.all([
    db
      .select(registrationColumns)
      .from(registrations)
      .where(where)
      .orderBy(...registrationOrder(filters))
      .limit(pageSize)
      .offset((filters.page - 1) * pageSize),
    db.select({ value: count() }).from(registrations).where(where),
  ]);
  const totalRows = total?.value ?? 0;
  return { rows, total: totalRows, pages: Math.max(1, Math.ceil(totalRows / pageSize)) };
}

/** Everything about one registration an organiser may need, or null if it is not this event's. */
export async function registrationDetail(db: Executor, eventId: number, id: number) {
  const [registration] = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.id, id), eq(registrations.eventId, eventId)));
  if (!registration) return null;
  const [signups, attendance, emails, audit] = await Promise.all([
    db
      .select({
        id: sessionSignups.id,
        status: sessionSignups.status,
        sessionId: sessions.id,
        title: sessions.title,
        startsAt: sessions.startsAt,
      })
      .from(sessionSignups)
      .innerJoin(sessions, eq(sessions.id, sessionSignups.sessionId))
      .where(eq(sessionSignups.registrationId, id))
      .orderBy(sessions.startsAt),
    db
      .select({ id: checkIns.id, day: checkIns.day, at: checkIns.checkedInAt, sessionTitle: sessions.title, by: users.name })
      .from(checkIns)
      .leftJoin(sessions, eq(sessions.id, checkIns.sessionId))
      .leftJoin(users, eq(users.id, checkIns.checkedInById))
      .where(eq(checkIns.registrationId, id))
      .orderBy(checkIns.checkedInAt),
    db
      .select({
        id: emailOutbox.id,
        kind: emailOutbox.kind,
        subject: emailOutbox.subject,
        status: emailOutbox.status,
        createdAt: emailOutbox.createdAt,
        sentAt: emailOutbox.sentAt,
      })
      .from(emailOutbox)
      .where(eq(emailOutbox.registrationId, id))
      .orderBy(emailOutbox.createdAt),
    db
      .select({
        id: auditLog.id,
        action: auditLog.action,
        actorEmail: auditLog.actorEmail,
        before: auditLog.before,
        after: auditLog.after,
        createdAt: auditLog.createdAt,
      })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "registration"), eq(auditLog.entityId, String(id))))
      .orderBy(auditLog.createdAt),
  ]);
  return { registration, signups, attendance, emails, audit };
}

/** Sessions and countries to offer as filters. */
export async function filterChoices(db: Executor, eventId: number) {
  const [sessionRows, countryRows] = await Promise.all([
    db
      .select({ id: sessions.id, title: sessions.title, startsAt: sessions.startsAt })
      .from(sessions)
      .where(eq(sessions.eventId, eventId))
      .orderBy(sessions.startsAt, sessions.id),
    db
      .selectDistinct({ code: registrations.countryCode })
      .from(registrations)
      .where(and(eq(registrations.eventId, eventId), ne(registrations.status, "cancelled")))
      .orderBy(registrations.countryCode),
  ]);
  return { sessions: sessionRows, countries: countryRows.map((row) => row.code) };
}
