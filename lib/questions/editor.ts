import "server-only";
import { and, asc, desc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { type QuestionOption, type RegistrationQuestion, registrationQuestions } from "@/db/schema";
import type { LocalizedText } from "@/db/schema/localized";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { toLocalized } from "@/lib/dashboard/localized-fields";
import { choiceKinds, type QuestionForm } from "./editor-schema";

const LANGUAGES = [
  ["En", "en"],
  ["Es", "es"],
  ["Pt", "pt"],
  ["Fr", "fr"],
] as const;

/**
 * The options as the editor posted them, keyed: an option keeps its key when its English label is
 * unchanged, otherwise the key of the option that stood on the same line (a renamed option), else a
 * new key. Options no longer listed stay, marked removed, so earlier answers still read.
 */
function keyedOptions(form: QuestionForm, previous: readonly QuestionOption[]): QuestionOption[] {
  if (!choiceKinds.includes(form.kind)) return previous.map((o) => ({ ...o, removed: true }));
  const live = previous.filter((o) => !o.removed);
  const byLabel = new Map(live.map((o) => [o.label.en, o.key]));
  const taken = new Set<string>();
  let next = previous.reduce((max, o) => Math.max(max, Number(o.key.replace(/\D/g, "")) || 0), 0);
  const options = form.optionsEn.map((en, line) => {
    const samePlace = live[line]?.key;
    const renamed = samePlace && !taken.has(samePlace) && !form.optionsEn.includes(live[line]!.label.en) ? samePlace : undefined;
    const kept = byLabel.get(en);
    const key = kept && !taken.has(kept) ? kept : (renamed ?? `o${++next}`);
    taken.add(key);
    const label: Record<string, string> = {};
    for (const [suffix, locale] of LANGUAGES) {
      const text = form[`options${suffix}`][line];
      if (text) label[locale] = text;
    }
    return { key, label: label as LocalizedText };
  });
  const dropped = previous.filter((o) => !taken.has(o.key)).map((o) => ({ ...o, removed: true }));
  return [...options, ...dropped];
}

export type SaveQuestionResult = { status: "saved"; id: number } | { status: "notFound" };

/** Adds a question at the end of the form, or edits one of this dialogue's questions. */
export async function saveQuestion(db: Database, actor: AuditActor, eventId: number, form: QuestionForm): Promise<SaveQuestionResult> {
  return inTransaction(db, async (tx) => {
    const base = { kind: form.kind, required: form.required, label: toLocalized(form, "label") };
    if (!form.id) {
      const [last] = await tx
        .select({ position: sql<number>`coalesce(max(${registrationQuestions.position}), -1)::int` })
        .from(registrationQuestions)
        .where(eq(registrationQuestions.eventId, eventId));
      const values = { ...base, options: keyedOptions(form, []), eventId, position: (last?.position ?? -1) + 1 };
      const [created] = await tx.insert(registrationQuestions).values(values).returning();
      await recordAudit(tx, actor, { action: "question.create", entityType: "question", entityId: created!.id, eventId, after: values });
      return { status: "saved", id: created!.id };
    }
    const current = await lockQuestion(tx, eventId, form.id);
    if (!current) return { status: "notFound" };
    const values = { ...base, options: keyedOptions(form, current.options), updatedAt: now() };
    await tx.update(registrationQuestions).set(values).where(eq(registrationQuestions.id, current.id));
    await recordAudit(tx, actor, {
      action: "question.update",
      entityType: "question",
      entityId: current.id,
      eventId,
      before: { kind: current.kind, required: current.required, label: current.label, options: current.options },
      after: { kind: values.kind, required: values.required, label: values.label, options: values.options },
    });
    return { status: "saved", id: current.id };
  });
}

/** Swaps a question with its neighbour above or below; false when there is none (or no such question). */
export async function moveQuestion(db: Database, actor: AuditActor, eventId: number, id: number, direction: "up" | "down") {
  return inTransaction(db, async (tx) => {
    const current = await lockQuestion(tx, eventId, id);
    if (!current) return false;
    const [neighbour] = await tx
      .select()
      .from(registrationQuestions)
      .where(
        and(
          eq(registrationQuestions.eventId, eventId),
          isNull(registrationQuestions.removedAt),
          direction === "up" ? lt(registrationQuestions.position, current.position) : gt(registrationQuestions.position, current.position),
        ),
      )
      .orderBy(direction === "up" ? desc(registrationQuestions.position) : asc(registrationQuestions.position))
      .limit(1)
      .for("update");
    if (!neighbour) return false;
    const at = now();
    await tx
      .update(registrationQuestions)
      .set({ position: neighbour.position, updatedAt: at })
      .where(eq(registrationQuestions.id, current.id));
    await tx
      .update(registrationQuestions)
      .set({ position: current.position, updatedAt: at })
      .where(eq(registrationQuestions.id, neighbour.id));
    await recordAudit(tx, actor, { action: "question.move", entityType: "question", entityId: id, eventId, after: { direction } });
    return true;
  });
}

/** Takes a question off the form; its answers stay, readable with it (soft removal). */
export async function removeQuestion(db: Database, actor: AuditActor, eventId: number, id: number) {
  return inTransaction(db, async (tx) => {
    const current = await lockQuestion(tx, eventId, id);
    if (!current) return false;
    await tx.update(registrationQuestions).set({ removedAt: now(), updatedAt: now() }).where(eq(registrationQuestions.id, id));
    await recordAudit(tx, actor, {
      action: "question.remove",
      entityType: "question",
      entityId: id,
      eventId,
      before: { label: current.label },
    });
    return true;
  });
}

/** A live question of this dialogue, locked for the change. */
async function lockQuestion(tx: Executor, eventId: number, id: number): Promise<RegistrationQuestion | undefined> {
  const [row] = await tx
    .select()
    .from(registrationQuestions)
    .where(and(eq(registrationQuestions.id, id), eq(registrationQuestions.eventId, eventId), isNull(registrationQuestions.removedAt)))
    .for("update");
  return row;
}

/** A question as the editor's form fields. */
export function questionFormValues(question: RegistrationQuestion): Record<string, string> {
  const values: Record<string, string> = { id: String(question.id), kind: question.kind, required: question.required ? "on" : "" };
  const live = question.options.filter((o) => !o.removed);
  for (const [suffix, locale] of LANGUAGES) {
    values[`label${suffix}`] = (question.label as Record<string, string | undefined>)[locale] ?? "";
    const lines = live.map((o) => (o.label as Record<string, string | undefined>)[locale] ?? "");
    values[`options${suffix}`] = lines.every((line) => line === "") ? "" : lines.join("\n");
  }
  return values;
}
