import { sql } from "drizzle-orm";
import { char, check, date, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { uploads } from "./delegations";
import { events } from "./events";
import { users } from "./organisers";
import { registrations } from "./registrations";

/**
 * A delegate's request for a visa invitation letter: passport data, kept apart from the
 * registration so that erasure and retention delete one row, and stored only with its own consent
 * (`consentAt`, required by the database). Administrators alone see it (lib/visa/requests.ts).
 */
export const visaRequests = pgTable(
  "visa_requests",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    registrationId: integer()
      .notNull()
      .references(() => registrations.id, { onDelete: "cascade" }),
    passportNumber: text().notNull(),
    /** ISO 3166-1 alpha-2. */
    nationality: char({ length: 2 }).notNull(),
    dateOfBirth: date().notNull(),
    passportExpiry: date().notNull(),
    consentAt: timestamp({ withTimezone: true }).notNull(),
    letterIssuedAt: timestamp({ withTimezone: true }),
    letterIssuedById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("visa_requests_registration_key").on(t.registrationId),
    check("visa_requests_passport_shape", sql`${t.passportNumber} ~ '^[A-Z0-9]{5,20}$'`),
  ],
);

/** The dialogue's letterhead for visa letters: who issues them, who signs, and a logo (an upload). */
export const visaLetterheads = pgTable(
  "visa_letterheads",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    issuingBody: text().notNull(),
    signatoryName: text().notNull(),
    signatoryTitle: text().notNull(),
    logoUploadId: integer().references(() => uploads.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("visa_letterheads_event_key").on(t.eventId), index("visa_letterheads_logo_idx").on(t.logoUploadId)],
);

export type VisaRequest = typeof visaRequests.$inferSelect;
export type VisaLetterhead = typeof visaLetterheads.$inferSelect;
