import "server-only";
import { and, asc, eq, exists, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { type AnswerValue, events, registrationAnswers, registrationQuestions, registrations } from "@/db/schema";
import { now } from "@/lib/clock";
import { PUBLIC_STATUSES } from "@/lib/programme/status";
import { type Answers, answerField, answersSchema } from "./answers-schema";

/** The questions a dialogue's registration form asks now, in order. */
export async function activeQuestions(db: Executor, eventId: number) {
  return db
    .select()
    .from(registrationQuestions)
    .where(and(eq(registrationQuestions.eventId, eventId), isNull(registrationQuestions.removedAt)))
    .orderBy(asc(registrationQuestions.position), asc(registrationQuestions.id));
}

/** The same, for the public form of a dialogue named by its slug (none for a draft: it is not public). */
export async function activeQuestionsOfSlug(db: Executor, slug: string) {
  const [event] = await db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.slug, slug), inArray(events.status, PUBLIC_STATUSES)));
  return event ? activeQuestions(db, event.id) : [];
}

/**
 * Every question a dialogue ever asked, removed ones included (after the active ones), so answers
 * given before a question was removed still read with their question.
 */
export async function allQuestions(db: Executor, eventId: number) {
  const rows = await db
    .select()
    .from(registrationQuestions)
    .where(eq(registrationQuestions.eventId, eventId))
    .orderBy(asc(registrationQuestions.position), asc(registrationQuestions.id));
  return [...rows.filter((q) => !q.removedAt), ...rows.filter((q) => q.removedAt)];
}

/** Writes (or replaces) a registration's answers; call it in the registration's transaction. */
export async function saveAnswers(tx: Executor, registrationId: number, answers: Answers): Promise<void> {
  const at = now();
  for (const [questionId, value] of Object.entries(answers)) {
    await tx
      .insert(registrationAnswers)
      .values({ registrationId, questionId: Number(questionId), value, createdAt: at, updatedAt: at })
      .onConflictDoUpdate({
        target: [registrationAnswers.registrationId, registrationAnswers.questionId],
        set: { value, updatedAt: at },
      });
  }
}

/** Answers by registration and question. */
function byRegistration(rows: { registrationId: number; questionId: number; value: AnswerValue }[]): Map<number, Answers> {
  const answers = new Map<number, Answers>();
  for (const row of rows) answers.set(row.registrationId, { ...answers.get(row.registrationId), [row.questionId]: row.value });
  return answers;
}

/** Every answer given for a dialogue (for its exports): registration id → question id → value. */
export async function answersOfEvent(db: Executor, eventId: number): Promise<Map<number, Answers>> {
  const rows = await db
    .select({
      registrationId: registrationAnswers.registrationId,
      questionId: registrationAnswers.questionId,
      value: registrationAnswers.value,
    })
    .from(registrationAnswers)
    .innerJoin(registrationQuestions, eq(registrationQuestions.id, registrationAnswers.questionId))
    .where(eq(registrationQuestions.eventId, eventId));
  return byRegistration(rows);
}

/** The answers of some registrations: registration id → question id → value. */
export async function answersOf(db: Executor, registrationIds: readonly number[]): Promise<Map<number, Answers>> {
  if (registrationIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(registrationAnswers)
    .where(inArray(registrationAnswers.registrationId, [...registrationIds]));
  return byRegistration(rows);
}

/** One registration's answers with their questions (removed ones included), in the form's order. */
export async function answeredQuestions(db: Executor, eventId: number, registrationId: number) {
  const [questions, answers] = await Promise.all([allQuestions(db, eventId), answersOf(db, [registrationId])]);
  const mine = answers.get(registrationId) ?? {};
  return questions.flatMap((question) => (question.id in mine ? [{ question, value: mine[question.id]! }] : []));
}

/**
 * The registrations table's filter by answer (`<question id>` or `<question id>:<option key|yes|no>`,
 * already checked by its schema): the registration answered the question, with that option among
 * its answer where one is named.
 */
export function answerCondition(filter: string): SQL {
  const [questionId, wanted] = filter.split(":");
  const value = wanted === "yes" ? true : wanted === "no" ? false : wanted;
  const matches =
    value === undefined
      ? undefined
      : sql`(${registrationAnswers.value} = ${JSON.stringify(value)}::jsonb or ${registrationAnswers.value} @> ${JSON.stringify([value])}::jsonb)`;
  return exists(
    sql`(select 1 from ${registrationAnswers} where ${registrationAnswers.registrationId} = ${registrations.id}
      and ${registrationAnswers.questionId} = ${Number(questionId)}${matches ? sql` and ${matches}` : sql``})`,
  );
}

export type ParsedAnswers = { ok: true; answers: Answers } | { ok: false; errors: Record<string, string[]> };

/** Form values (`q<id>`, several for a multiple choice) checked against the dialogue's questions now. */
export async function parseAnswers(db: Executor, eventId: number, formData: FormData): Promise<ParsedAnswers> {
  const questions = await activeQuestions(db, eventId);
  const raw: Record<string, string[]> = {};
  for (const q of questions) raw[answerField(q.id)] = formData.getAll(answerField(q.id)).map(String);
  const parsed = answersSchema(questions).safeParse(raw);
  if (parsed.success) return { ok: true, answers: parsed.data.answers };
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] = [issue.message];
  return { ok: false, errors };
}

/**
 * Replaces a registration's answers to the dialogue's current questions with `answers` (a question
 * left empty loses its answer; answers to removed questions stay). Returns what changed, for the audit log.
 */
export async function replaceAnswers(tx: Executor, eventId: number, registrationId: number, answers: Answers) {
  const asked = (await activeQuestions(tx, eventId)).map((q) => q.id);
  const current = (await answersOf(tx, [registrationId])).get(registrationId) ?? {};
  const before: Answers = {};
  const after: Answers = {};
  for (const id of asked) {
    if (JSON.stringify(current[id]) === JSON.stringify(answers[id])) continue;
    if (current[id] !== undefined) before[id] = current[id];
    if (answers[id] !== undefined) after[id] = answers[id];
  }
  const cleared = asked.filter((id) => current[id] !== undefined && answers[id] === undefined);
  if (cleared.length > 0) {
    await tx
      .delete(registrationAnswers)
      .where(and(eq(registrationAnswers.registrationId, registrationId), inArray(registrationAnswers.questionId, cleared)));
  }
  await saveAnswers(tx, registrationId, after);
  return { before, after, changed: Object.keys(before).length + Object.keys(after).length > 0 };
}
