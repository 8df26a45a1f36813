import { sql } from "drizzle-orm";
import { char, check, customType, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { events } from "./events";
import { users } from "./organisers";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/**
 * A delegation: a ministry's or embassy's places at a dialogue, filled by its focal point through a
 * secret link (no account). `placesUsed` counts members holding a place and never passes `quota`
 * (checked by the database, claimed with one conditional UPDATE, like session seats).
 */
export const delegations = pgTable(
  "delegations",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: "restrict" }),
    /** e.g. "Colombia — Ministry of ICT". */
    name: text().notNull(),
    /** ISO 3166-1 alpha-2, when the delegation is a country's. */
    countryCode: char({ length: 2 }),
    quota: integer().notNull(),
    placesUsed: integer().notNull().default(0),
    focalName: text().notNull(),
    focalEmail: text().notNull(),
    focalLanguage: text().notNull(),
    /** After this the focal point can no longer add, replace or withdraw members. */
    deadline: timestamp({ withTimezone: true }).notNull(),
    /** SHA-256 of the focal point's secret link token; null once revoked. */
    tokenHash: text(),
    approvedAt: timestamp({ withTimezone: true }),
    approvedById: integer().references(() => users.id, { onDelete: "set null" }),
    letterUploadId: integer().references(() => uploads.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("delegations_quota_positive", sql`${t.quota} > 0`),
    check("delegations_places_within_quota", sql`${t.placesUsed} >= 0 and ${t.placesUsed} <= ${t.quota}`),
    uniqueIndex("delegations_token_hash_unique").on(t.tokenHash),
    index("delegations_event_idx").on(t.eventId),
  ],
);

/**
 * Uploaded files (nomination letters, badge photos), kept in the database: outside the web root,
 * in every backup, shared by every app instance. Checked by content before they are stored
 * (lib/uploads/check.ts); served only to those allowed, as attachments.
 */
export const uploads = pgTable("uploads", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  eventId: integer()
    .notNull()
    .references(() => events.id, { onDelete: "restrict" }),
  kind: text().$type<"letter" | "photo" | "logo">().notNull(),
  contentType: text().notNull(),
  size: integer().notNull(),
  content: bytea().notNull(),
  /** Randomly named for download; the uploader's file name is never kept. */
  downloadName: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Delegation = typeof delegations.$inferSelect;
