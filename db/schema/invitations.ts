import { type SQL, sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { emailKeySql } from "./email-key";
import { stakeholderGroup } from "./enums";
import { events } from "./events";
import { registrations } from "./registrations";

/**
 * A person the organisers invite to one dialogue (imported from a file or added by hand). The
 * personal link's token is stored only as its SHA-256 (`tokenHash`); a new send replaces it, so the
 * newest email holds the one working link. `usedAt` marks the single use that registered.
 */
export const invitees = pgTable(
  "invitees",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    name: text().notNull(),
    email: text().notNull(),
    /** One person per dialogue whatever the spelling of the address (same key as registrations). */
    emailKey: text()
      .notNull()
      .generatedAlwaysAs((): SQL => emailKeySql(invitees.email)),
    organisation: text(),
    /** The language of their invitation and of the form it opens: en, es, pt or fr. */
    preferredLanguage: text().notNull(),
    stakeholderGroup: stakeholderGroup(),
    tokenHash: text(),
    invitedAt: timestamp({ withTimezone: true }),
    remindedAt: timestamp({ withTimezone: true }),
    usedAt: timestamp({ withTimezone: true }),
    /** The registration their link made (null until used; kept null when it is erased). */
    registrationId: integer().references(() => registrations.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invitees_event_email_key").on(t.eventId, t.emailKey),
    uniqueIndex("invitees_token_hash_key").on(t.tokenHash),
    index("invitees_registration_idx").on(t.registrationId),
    check("invitees_language", sql`${t.preferredLanguage} in ('en', 'es', 'pt', 'fr')`),
  ],
);

export type Invitee = typeof invitees.$inferSelect;
