import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { emailStatus } from "./enums";
import { registrations } from "./registrations";

export type OutboxAttachment = {
  filename: string;
  contentType: string;
  contentBase64: string;
  /** Content-ID of an image shown inside the HTML part (`<img src="cid:…">`). */
  cid?: string;
};

/**
 * Every email is a row written in the same transaction as its cause; a sender drains the table
 * with `FOR UPDATE SKIP LOCKED`, so several app instances never send one message twice.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text().notNull(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    htmlBody: text(),
    attachments: jsonb().$type<OutboxAttachment[]>().notNull().default([]),
    /** Where replies go (the dialogue's contact address), when there is one. */
    replyTo: text(),
    /**
     * The message's working secrets (personal links, the check-in QR code), encrypted with a key
     * derived from AUTH_SECRET (lib/email/sealed.ts). The bodies hold placeholders instead; the
     * column is emptied once the message is sent, so no readable row lets anyone act as its recipient.
     */
    sealedSecrets: text(),
    /** Optional idempotency key: the same cause never queues the same message twice. */
    dedupeKey: text(),
    registrationId: integer().references(() => registrations.id, { onDelete: "set null" }),
    status: emailStatus().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("email_outbox_dedupe_key").on(t.dedupeKey), index("email_outbox_due_idx").on(t.status, t.nextAttemptAt)],
);

/** Store of rate-limiter-flexible's Drizzle limiter (its column names), shared by every instance. */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  points: integer().notNull(),
  expire: timestamp({ withTimezone: true }),
});

export type OutboxEmail = typeof emailOutbox.$inferSelect;
export type NewOutboxEmail = typeof emailOutbox.$inferInsert;
