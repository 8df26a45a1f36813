import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { mailingStatus } from "./enums";
import { events } from "./events";
import { users } from "./organisers";
import { registrations } from "./registrations";

/** Who a mailing goes to: the registrations table's filters (lib/mailings/audience.ts). */
export type MailingAudience = {
  status?: string;
  group?: string;
  country?: string;
  region?: string;
  session?: number;
  checkedIn?: "yes" | "no";
};

/** One text per language; English is required, the others fall back to it. */
export type MailingTexts = { en: string; es?: string; pt?: string; fr?: string };

/**
 * A message organisers compose to a filtered set of a dialogue's registrants. A draft is stored
 * when the organiser asks for the preview; sending turns it into `sent` once (a guarded update)
 * and queues one outbox email per recipient in the same transaction (dedupe key
 * `mailing:<id>:<registration id>`).
 */
export const mailings = pgTable(
  "mailings",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    /** Random key of one compose form: posting it twice (double click, retry) never makes two mailings. */
    idempotencyKey: text().notNull(),
    status: mailingStatus().notNull().default("draft"),
    audience: jsonb().$type<MailingAudience>().notNull(),
    subject: jsonb().$type<MailingTexts>().notNull(),
    body: jsonb().$type<MailingTexts>().notNull(),
    /** How many messages were queued when it was sent. */
    recipientCount: integer(),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    sentById: integer().references(() => users.id, { onDelete: "set null" }),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("mailings_idempotency_key").on(t.idempotencyKey),
    index("mailings_event_created_idx").on(t.eventId, t.createdAt),
    check("mailings_sent_has_time", sql`(${t.status} = 'sent') = (${t.sentAt} is not null)`),
  ],
);

/**
 * The automatic reminder N days before a dialogue, once per registration: the primary key makes a
 * second pass (another app instance, a retry) insert nothing, so it queues nothing.
 */
export const eventReminders = pgTable("event_reminders", {
  registrationId: integer()
    .primaryKey()
    .references(() => registrations.id, { onDelete: "cascade" }),
  queuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Mailing = typeof mailings.$inferSelect;
