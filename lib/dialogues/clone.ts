import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { events, registrationQuestions, sessions, themes } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { refusingTakenSlug, slugInUse } from "./create";
import type { CloneDialogueForm } from "./dialogue-schema";
import { daysFrom, shiftDay, shiftInstant } from "./shift";

/**
 * Copies a dialogue into a new draft on new days (and, if asked, in a new zone): its settings
 * (every column of the event row, so per-dialogue texts and settings added later come along),
 * themes, sessions (each at the same wall-clock time on the matching day) and registration
 * questions. Never its registrations, answers, sign-ups or seat counts.
 */
export async function cloneDialogue(db: Database, actor: AuditActor, sourceId: number, form: CloneDialogueForm) {
  return refusingTakenSlug(
    () =>
      inTransaction(db, async (tx) => {
        const [source] = await tx.select().from(events).where(eq(events.id, sourceId));
        if (!source) return null;
        if (await slugInUse(tx, form.newSlug)) return { status: "refused" as const, errors: { newSlug: ["slugTaken"] } };
        const days = daysFrom(source.startDate, form.newStartDate);
        const to = { timeZone: form.newTimeZone ?? source.timeZone };
        const shift = (instant: Date | null) => (instant ? shiftInstant(instant, source, to, days) : null);
        const { id: _id, createdAt: _c, updatedAt: _u, holdsCeilingHitAt: _h, ...settings } = source;
        const [copy] = await tx
          .insert(events)
          .values({
            ...settings,
            slug: form.newSlug,
            timeZone: to.timeZone,
            startDate: form.newStartDate,
            endDate: shiftDay(source.endDate, days),
            registrationOpensAt: shift(source.registrationOpensAt),
            registrationClosesAt: shift(source.registrationClosesAt),
            status: "draft",
          })
          .returning();
        const themeIds = new Map<number, number>();
        for (const theme of await tx.select().from(themes).where(eq(themes.eventId, sourceId)).orderBy(asc(themes.id))) {
          const { id, createdAt: _tc, updatedAt: _tu, ...rest } = theme;
          const [created] = await tx
            .insert(themes)
            .values({ ...rest, eventId: copy!.id })
            .returning({ id: themes.id });
          themeIds.set(id, created!.id);
        }
        const list = await tx.select().from(sessions).where(eq(sessions.eventId, sourceId)).orderBy(asc(sessions.id));
        for (const session of list) {
          const { id: _sid, createdAt: _sc, updatedAt: _su, seatsTaken: _st, sequence: _sq, ...rest } = session;
          await tx.insert(sessions).values({
            ...rest,
            eventId: copy!.id,
            themeId: rest.themeId === null ? null : (themeIds.get(rest.themeId) ?? null),
            startsAt: shiftInstant(session.startsAt, source, to, days),
            endsAt: shiftInstant(session.endsAt, source, to, days),
          });
        }
        const questions = await copyQuestions(tx, sourceId, copy!.id);
        await recordAudit(tx, actor, {
          action: "event.clone",
          entityType: "event",
          entityId: copy!.id,
          eventId: copy!.id,
          after: {
            from: source.slug,
            slug: copy!.slug,
            startDate: copy!.startDate,
            timeZone: copy!.timeZone,
            themes: themeIds.size,
            sessions: list.length,
            questions,
          },
        });
        return { status: "created" as const, event: copy! };
      }),
    "newSlug",
  );
}

/**
 * The questions on the source's form, in order. A removed question, or a removed option, lives on
 * only so earlier answers stay readable: the copy has no answers, so it gets neither.
 */
async function copyQuestions(tx: Executor, sourceId: number, copyId: number): Promise<number> {
  const list = await tx
    .select()
    .from(registrationQuestions)
    .where(and(eq(registrationQuestions.eventId, sourceId), isNull(registrationQuestions.removedAt)))
    .orderBy(asc(registrationQuestions.position), asc(registrationQuestions.id));
  for (const question of list) {
    await tx.insert(registrationQuestions).values({
      eventId: copyId,
      kind: question.kind,
      required: question.required,
      label: question.label,
      options: question.options.filter((option) => !option.removed),
      position: question.position,
    });
  }
  return list.length;
}

/** Publishes a draft (or takes a dialogue back to draft, or archives it), audited. */
export async function setDialogueStatus(db: Database, actor: AuditActor, eventId: number, status: "draft" | "published" | "archived") {
  return inTransaction(db, async (tx) => {
    const [before] = await tx.select().from(events).where(eq(events.id, eventId)).for("update");
    if (!before) return null;
    const [after] = await tx.update(events).set({ status }).where(eq(events.id, eventId)).returning();
    await recordAudit(tx, actor, {
      action: "event.status",
      entityType: "event",
      entityId: eventId,
      eventId,
      before: { status: before.status },
      after: { status },
    });
    return after!;
  });
}
