import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { questionKind } from "./enums";
import { events } from "./events";
import type { LocalizedText } from "./localized";
import { registrations } from "./registrations";

/**
 * One choice of a choice question. Answers store the `key`, never the label, so renaming an option
 * (or translating it) keeps earlier answers readable; a removed option stays, marked, for the same
 * reason, and is no longer offered.
 */
export type QuestionOption = { key: string; label: LocalizedText; removed?: boolean };

/** A question the organisers of one dialogue add to its registration form. */
export const registrationQuestions = pgTable(
  "registration_questions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    kind: questionKind().notNull(),
    required: boolean().notNull().default(false),
    label: jsonb().$type<LocalizedText>().notNull(),
    options: jsonb().$type<QuestionOption[]>().notNull().default([]),
    /** Order on the form (ascending). */
    position: integer().notNull(),
    /** Removed from the form; kept so earlier answers still read with their question. */
    removedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("registration_questions_event_position_idx").on(t.eventId, t.position)],
);

/**
 * A delegate's answer to one question: a string (texts, choice key, country code, ISO date), an
 * array of choice keys (multiple choice) or a boolean (yes/no).
 */
export type AnswerValue = string | string[] | boolean;

export const registrationAnswers = pgTable(
  "registration_answers",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    registrationId: integer()
      .notNull()
      .references(() => registrations.id, { onDelete: "cascade" }),
    questionId: integer()
      .notNull()
      .references(() => registrationQuestions.id, { onDelete: "cascade" }),
    value: jsonb().$type<AnswerValue>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("registration_answers_registration_question_key").on(t.registrationId, t.questionId),
    index("registration_answers_question_idx").on(t.questionId),
    check("registration_answers_value_type", sql`jsonb_typeof(${t.value}) in ('string', 'array', 'boolean')`),
  ],
);

export type RegistrationQuestion = typeof registrationQuestions.$inferSelect;
export type RegistrationAnswer = typeof registrationAnswers.$inferSelect;
