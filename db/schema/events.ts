import { sql } from "drizzle-orm";
import { boolean, char, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { eventStatus, participationMode, sessionKind, themeTerm } from "./enums";
import type { LocalizedText, Speaker } from "./localized";

const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

export const events = pgTable(
  "events",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    title: jsonb().$type<LocalizedText>().notNull(),
    summary: jsonb().$type<LocalizedText>().notNull(),
    hosts: jsonb().$type<LocalizedText>(),
    venue: jsonb().$type<LocalizedText>().notNull(),
    city: text().notNull(),
    /** ISO 3166-1 alpha-2. */
    countryCode: char({ length: 2 }).notNull(),
    /** IANA zone the event runs in; every local time is shown in it by default. */
    timeZone: text().notNull(),
    /** First and last day, in the event's own zone. */
    startDate: date().notNull(),
    endDate: date().notNull(),
    /** Whether the dialogue takes registrations at all (organisers switch it). */
    registrationOpen: boolean().notNull().default(true),
    /** Optional window inside which registration is possible (null = no bound). */
    registrationOpensAt: timestamp({ withTimezone: true }),
    registrationClosesAt: timestamp({ withTimezone: true }),
    /** Cap on active in-person registrations (null = unlimited). */
    capacity: integer(),
    /** In person, online or hybrid: whether delegates choose how they attend (lib/hybrid). */
    participationMode: participationMode().notNull().default("in_person"),
    /** Cap on active remote registrations, with its own waiting list (null = unlimited). */
    remoteCapacity: integer(),
    /** The private video-conference link: only ever shown to confirmed remote delegates. */
    remoteLink: text(),
    requiresApproval: boolean().notNull().default(false),
    /** Only a personal invitation link (lib/invitations) registers. */
    inviteOnly: boolean().notNull().default(false),
    /** How long a new registration holds its seats before its address must be confirmed. */
    holdMinutes: integer().notNull().default(30),
    /** Most live unconfirmed holds at once; past it new registrations wait (a flood of made-up addresses stops here). */
    maxUnconfirmedHolds: integer().notNull().default(100),
    /** Last time a registration was turned away by that ceiling (shown to organisers). */
    holdsCeilingHitAt: timestamp({ withTimezone: true }),
    /** Whether the event speaks of "themes" or "pillars". */
    themeTerm: themeTerm().notNull().default("theme"),
    streamUrl: text(),
    infoUrl: text(),
    /** The organisers' address: Reply-To of emails and ORGANIZER of calendar files (none when null). */
    contactEmail: text(),
    status: eventStatus().notNull().default("published"),
    /** Days before the first day when confirmed delegates get the automatic reminder (null = none). */
    reminderDaysBefore: integer(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("events_slug_key").on(t.slug),
    check("events_dates_ordered", sql`${t.endDate} >= ${t.startDate}`),
    check(
      "events_registration_window_ordered",
      sql`${t.registrationClosesAt} is null or ${t.registrationOpensAt} is null or ${t.registrationClosesAt} > ${t.registrationOpensAt}`,
    ),
    check("events_capacity_positive", sql`${t.capacity} is null or ${t.capacity} > 0`),
    check("events_remote_capacity_positive", sql`${t.remoteCapacity} is null or ${t.remoteCapacity} > 0`),
    check("events_remote_link_https", sql`${t.remoteLink} is null or ${t.remoteLink} like 'https://%'`),
    check("events_hold_minutes_range", sql`${t.holdMinutes} between 5 and 10080`),
    check("events_max_unconfirmed_holds_positive", sql`${t.maxUnconfirmedHolds} >= 1`),
    check("events_reminder_days_range", sql`${t.reminderDaysBefore} is null or ${t.reminderDaysBefore} between 1 and 60`),
  ],
);

/** Themes (Cartagena) or pillars (Santo Domingo) delegates sign up by. */
export const themes = pgTable(
  "themes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    slug: text().notNull(),
    name: jsonb().$type<LocalizedText>().notNull(),
    description: jsonb().$type<LocalizedText>().notNull(),
    position: integer().notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex("themes_event_slug_key").on(t.eventId, t.slug)],
);

export const sessions = pgTable(
  "sessions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    /** Null for plenaries and other cross-theme sessions. */
    themeId: integer().references(() => themes.id, { onDelete: "set null" }),
    slug: text().notNull(),
    title: jsonb().$type<LocalizedText>().notNull(),
    description: jsonb().$type<LocalizedText>().notNull(),
    kind: sessionKind().notNull(),
    room: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    /** Null means unlimited seats. */
    capacity: integer(),
    /** Confirmed sign-ups, kept by the same transaction that confirms or cancels one. */
    seatsTaken: integer().notNull().default(0),
    speakers: jsonb().$type<Speaker[]>().notNull().default([]),
    isStreamed: boolean().notNull().default(false),
    /** Falls back to the event's stream when null. */
    streamUrl: text(),
    /** Null: as the dialogue (events.participation_mode). */
    participationMode: participationMode(),
    /** The session's own private video link; falls back to the dialogue's when null. Never public. */
    remoteLink: text(),
    /** Part of a sample programme (not from the public sources). */
    isSample: boolean().notNull().default(false),
    /** Check-in staff may admit delegates who have not signed up for the session (recorded as such). */
    walkIns: boolean().notNull().default(false),
    /**
     * iCalendar SEQUENCE: raised whenever what a calendar shows of the session changes (times, room,
     * title, stream), so a delegate's calendar app replaces its copy instead of ignoring the file.
     */
    sequence: integer().notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("sessions_event_slug_key").on(t.eventId, t.slug),
    index("sessions_event_starts_idx").on(t.eventId, t.startsAt),
    index("sessions_theme_idx").on(t.themeId),
    check("sessions_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    check("sessions_capacity_non_negative", sql`${t.capacity} is null or ${t.capacity} >= 0`),
    check("sessions_seats_taken_non_negative", sql`${t.seatsTaken} >= 0`),
    // The last line of defence for "never overbooked": even a buggy code path cannot commit it.
    check("sessions_remote_link_https", sql`${t.remoteLink} is null or ${t.remoteLink} like 'https://%'`),
    check("sessions_seats_within_capacity", sql`${t.capacity} is null or ${t.seatsTaken} <= ${t.capacity}`),
  ],
);

export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type Theme = typeof themes.$inferSelect;
export type NewTheme = typeof themes.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;
