import { type SQL, sql } from "drizzle-orm";
import { boolean, char, check, date, index, integer, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { delegations, uploads } from "./delegations";
import { emailKeySql } from "./email-key";
import { attendanceMode, badgeRole, registrationStatus, signupStatus, stakeholderGroup } from "./enums";
import { events, sessions } from "./events";
import { foldSql } from "./fold";
import { users } from "./organisers";

export const registrations = pgTable(
  "registrations",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: "restrict" }),
    honorific: text(),
    givenName: text().notNull(),
    familyName: text().notNull(),
    email: text().notNull(),
    phone: text(),
    organisation: text().notNull(),
    position: text().notNull(),
    stakeholderGroup: stakeholderGroup().notNull(),
    /** ISO 3166-1 alpha-2. */
    countryCode: char({ length: 2 }).notNull(),
    /** Whom the delegate represents (a ministry, a member state, a company...). */
    represents: text().notNull(),
    /** Language the delegate prefers for the dialogue and for our messages. */
    preferredLanguage: text().notNull(),
    // Special-category data: only stored with its own explicit consent (see check below).
    accessibilityNeeds: text(),
    dietaryRequirements: text(),
    specialDataConsentAt: timestamp({ withTimezone: true }),
    privacyNoticeVersion: text().notNull(),
    privacyConsentAt: timestamp({ withTimezone: true }).notNull(),
    /** Interface language at registration; emails use it. */
    locale: text().notNull(),
    status: registrationStatus().notNull(),
    /** At the venue or remote: which capacity and waiting list the registration counts in. */
    attendance: attendanceMode().notNull().default("in_person"),
    /** SHA-256 of the secret manage link token; the token itself is never stored. */
    manageTokenHash: text().notNull(),
    /**
     * SHA-256 of a newer link sent on request (lost link, duplicate registration): both work, so a
     * request made by someone else never kills the delegate's link; the first use of this one makes
     * it the only one.
     */
    pendingManageTokenHash: text(),
    /** While `unconfirmed`: when the seats held go back if the address is not confirmed. */
    holdExpiresAt: timestamp({ withTimezone: true }),
    /** When the delegate confirmed their address (pressed the button on their personal page). */
    emailConfirmedAt: timestamp({ withTimezone: true }),
    /** Opaque random token carried by the QR code; no personal data. */
    checkInToken: text().notNull(),
    /** Client-generated key of one form submission, so a retry cannot register twice. */
    submissionKey: text(),
    /** Registered by a delegation's focal point, holding one of its places. */
    delegationId: integer().references(() => delegations.id, { onDelete: "restrict" }),
    headOfDelegation: boolean().notNull().default(false),
    /** Speaker, organiser or press on the badge (set by organisers); null for a delegate. */
    badgeRole: badgeRole(),
    /** The badge photo (uploads, kind "photo"), uploaded by an organiser; deleted with the person's data. */
    photoUploadId: integer().references(() => uploads.id, { onDelete: "set null" }),
    decisionReason: text(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedById: integer().references(() => users.id, { onDelete: "set null" }),
    /** When the registration stopped holding a place: cancelled, or expired unconfirmed. */
    cancelledAt: timestamp({ withTimezone: true }),
    erasedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * Family then given name, lower-cased and without accents, so "Álvarez" sorts with "Alvarez"
     * whatever the database's collation (the embedded database has no ICU collations).
     */
    sortName: text().generatedAlwaysAs((): SQL => foldSql(sql`${registrations.familyName} || ' ' || ${registrations.givenName}`)),
    /** The address as the duplicate guard sees it: lower-cased, without "+tag" (db/schema/email-key.ts). */
    emailKey: text().generatedAlwaysAs((): SQL => emailKeySql(registrations.email)),
    /** Name, email and organisation, lower-cased and without accents, for the organisers' search. */
    searchText: text().generatedAlwaysAs(
      (): SQL =>
        foldSql(
          sql`${registrations.givenName} || ' ' || ${registrations.familyName} || ' ' || ${registrations.email} || ' ' || ${registrations.organisation}`,
        ),
    ),
  },
  (t) => [
    // One active registration per delegate and dialogue, whatever the case or "+tag" of the address.
    // An expired hold is out by its `cancelled_at` (a migration may not name the enum value it adds).
    uniqueIndex("registrations_event_email_active_key")
      .on(t.eventId, t.emailKey)
      .where(sql`${t.status} <> 'cancelled' and ${t.cancelledAt} is null`),
    // One head per delegation: marking another is "clear the old, set the new" in one transaction.
    uniqueIndex("registrations_delegation_head_key").on(t.delegationId).where(sql`${t.headOfDelegation}`),
    uniqueIndex("registrations_manage_token_key").on(t.manageTokenHash),
    uniqueIndex("registrations_pending_manage_token_key").on(t.pendingManageTokenHash),
    index("registrations_status_hold_idx").on(t.status, t.holdExpiresAt),
    uniqueIndex("registrations_check_in_token_key").on(t.checkInToken),
    uniqueIndex("registrations_submission_key").on(t.submissionKey),
    index("registrations_event_status_idx").on(t.eventId, t.status),
    index("registrations_event_created_idx").on(t.eventId, t.createdAt),
    index("registrations_event_sort_name_idx").on(t.eventId, t.sortName),
    index("registrations_event_group_idx").on(t.eventId, t.stakeholderGroup),
    index("registrations_event_country_idx").on(t.eventId, t.countryCode),
    check(
      "registrations_special_data_needs_consent",
      sql`(${t.accessibilityNeeds} is null and ${t.dietaryRequirements} is null) or ${t.specialDataConsentAt} is not null`,
    ),
    check("registrations_email_shape", sql`position('@' in ${t.email}) > 1`),
  ],
);

export const sessionSignups = pgTable(
  "session_signups",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    registrationId: integer()
      .notNull()
      .references(() => registrations.id, { onDelete: "cascade" }),
    sessionId: integer()
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    status: signupStatus().notNull(),
    /** Order on the waiting list (first come, first served); set while waitlisted. */
    waitlistedAt: timestamp({ withTimezone: true }),
    confirmedAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("session_signups_registration_session_key").on(t.registrationId, t.sessionId),
    index("session_signups_session_status_idx").on(t.sessionId, t.status, t.waitlistedAt),
    check("session_signups_waitlist_order", sql`(${t.status} = 'waitlisted') = (${t.waitlistedAt} is not null)`),
  ],
);

/** Attendance: at the venue on a day (session null) or in one session. */
export const checkIns = pgTable(
  "check_ins",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    registrationId: integer()
      .notNull()
      .references(() => registrations.id, { onDelete: "cascade" }),
    /** Day of the event, in the event's zone. */
    day: date().notNull(),
    sessionId: integer().references(() => sessions.id, { onDelete: "cascade" }),
    /** When the delegate was scanned: the device's time of scan for a check-in made offline. */
    checkedInAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    checkedInById: integer().references(() => users.id, { onDelete: "set null" }),
    /** The label of the device that scanned (offline desks); null at the online desk. */
    deviceId: text(),
    /** The scan's id, made by the device: a retried sync finds its check-in instead of writing another. */
    clientId: uuid(),
    /** Let into a session the delegate had not signed up for (the session allows walk-ins). */
    admittedWithoutSignup: boolean().notNull().default(false),
  },
  (t) => [
    unique("check_ins_once_key").on(t.registrationId, t.day, t.sessionId).nullsNotDistinct(),
    index("check_ins_session_idx").on(t.sessionId),
    uniqueIndex("check_ins_client_id_key").on(t.clientId),
  ],
);

/** A remote delegate followed their tracked link to the private video conference (session null: the dialogue's). */
export const remoteJoins = pgTable(
  "remote_joins",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    registrationId: integer()
      .notNull()
      .references(() => registrations.id, { onDelete: "cascade" }),
    sessionId: integer().references(() => sessions.id, { onDelete: "cascade" }),
    joinedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("remote_joins_registration_idx").on(t.registrationId), index("remote_joins_session_idx").on(t.sessionId)],
);

export type Registration = typeof registrations.$inferSelect;
export type NewRegistration = typeof registrations.$inferInsert;
export type SessionSignup = typeof sessionSignups.$inferSelect;
export type CheckIn = typeof checkIns.$inferSelect;
export type RemoteJoin = typeof remoteJoins.$inferSelect;
