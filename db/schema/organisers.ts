import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { tokenPurpose, userRole } from "./enums";
import { events } from "./events";

/** Organiser accounts. Delegates have no account: they use their secret manage link. */
export const users = pgTable(
  "users",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    email: text().notNull(),
    name: text().notNull(),
    /** argon2id; null until an invited organiser sets a password. */
    passwordHash: text(),
    role: userRole().notNull(),
    /**
     * Organiser and check-in accounts: every dialogue (true, as before this column existed) or only
     * those listed in `user_dialogues`. Administrators always see every dialogue.
     */
    allDialogues: boolean().notNull().default(true),
    locale: text().notNull().default("en"),
    disabledAt: timestamp({ withTimezone: true }),
    lastSignInAt: timestamp({ withTimezone: true }),
    /** When the password, role or enabled state last changed (each also ends the account's sessions). */
    credentialsChangedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)],
);

/**
 * Organiser sessions. The session cookie (an Auth.js JWT) carries a random session id whose hash
 * is the row's key; every request checks the row, so deleting it ends the session at once
 * (sign-out, password change, role change, disable), and the row's times give the absolute
 * lifetime and the idle timeout (lib/auth/sessions.ts).
 */
export const organiserSessions = pgTable(
  "organiser_sessions",
  {
    /** SHA-256 of the session id; the id itself is only inside the encrypted cookie. */
    idHash: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("organiser_sessions_user_idx").on(t.userId)],
);

/**
 * Growing waits between sign-in attempts per (client address, account): the key is a SHA-256 of
 * both, so the table holds neither. A success deletes the row (lib/auth/sign-in-limit.ts).
 */
export const signInBackoff = pgTable("sign_in_backoff", {
  keyHash: text().primaryKey(),
  /** Attempts since the last success (or since a quiet day). */
  attempts: integer().notNull(),
  lastAttemptAt: timestamp({ withTimezone: true }).notNull(),
  /** No attempt is checked before this instant. */
  nextAttemptAt: timestamp({ withTimezone: true }).notNull(),
});

/** Single-use links: first-organiser setup, invitations, password resets. Only hashes are kept. */
export const oneTimeTokens = pgTable(
  "one_time_tokens",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    purpose: tokenPurpose().notNull(),
    tokenHash: text().notNull(),
    userId: integer().references(() => users.id, { onDelete: "cascade" }),
    email: text(),
    role: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("one_time_tokens_hash_key").on(t.tokenHash)],
);

/** Who did what to which record, with the record before and after. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: integer().references(() => users.id, { onDelete: "set null" }),
    /** Kept even if the account is deleted later. */
    actorEmail: text(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    eventId: integer(),
    before: jsonb(),
    after: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_created_idx").on(t.createdAt), index("audit_log_entity_idx").on(t.entityType, t.entityId)],
);

export type User = typeof users.$inferSelect;
export type OrganiserSession = typeof organiserSessions.$inferSelect;
export type OneTimeToken = typeof oneTimeTokens.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;

/** The dialogues an account limited to some (`users.all_dialogues` false) may open. */
export const userDialogues = pgTable(
  "user_dialogues",
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.eventId] }), index("user_dialogues_event_idx").on(t.eventId)],
);
