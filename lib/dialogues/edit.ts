import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { type Event, events, sessions } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { fromLocalized } from "@/lib/dashboard/localized-fields";
import { zonedDay } from "@/lib/time";
import { type DialogueRefusal, detailsColumns, refusingTakenSlug, slugInUse, slugTaken } from "./create";
import type { DialogueDetailsForm } from "./dialogue-schema";
import { daysFrom, shiftInstant } from "./shift";

type Span = { startsAt: Date; endsAt: Date };
type Days = { timeZone: string; startDate: string; endDate: string };

/** How many sessions start or end on a day outside the dialogue's days, read in its zone. */
function sessionsOutside(list: Span[], days: Days): number {
  const outside = (instant: Date) => {
    const day = zonedDay(instant, days.timeZone);
    return day < days.startDate || day > days.endDate;
  };
  return list.filter((s) => outside(s.startsAt) || outside(s.endsAt)).length;
}

const detailsOf = (event: Event) => ({
  slug: event.slug,
  title: event.title,
  summary: event.summary,
  city: event.city,
  countryCode: event.countryCode,
  venue: event.venue,
  timeZone: event.timeZone,
  startDate: event.startDate,
  endDate: event.endDate,
});

/** Moves every session of the dialogue by whole days, keeping its wall-clock times, into `to`'s zone. */
async function shiftSessions(tx: Executor, before: Event, to: { timeZone: string; startDate: string }) {
  const days = daysFrom(before.startDate, to.startDate);
  const list = await tx.select().from(sessions).where(eq(sessions.eventId, before.id)).for("update");
  for (const session of list) {
    await tx
      .update(sessions)
      .set({
        startsAt: shiftInstant(session.startsAt, before, to, days),
        endsAt: shiftInstant(session.endsAt, before, to, days),
        // Calendar apps replace their copy only when SEQUENCE rises.
        sequence: sql`${sessions.sequence} + 1`,
        updatedAt: now(),
      })
      .where(and(eq(sessions.id, session.id), eq(sessions.eventId, before.id)));
  }
}

/**
 * Saves a dialogue's details (names, slug, place, zone, days), audited with before and after.
 * Refused with a field error, nothing written: a slug another dialogue has, or new days that would
 * leave sessions outside them (unless the organiser asked to shift the sessions along).
 */
export async function updateDialogueDetails(db: Database, actor: AuditActor, eventId: number, form: DialogueDetailsForm) {
  return refusingTakenSlug(() =>
    inTransaction(db, async (tx): Promise<DialogueRefusal | { status: "saved"; event: Event } | null> => {
      const [before] = await tx.select().from(events).where(eq(events.id, eventId)).for("update");
      if (!before) return null;
      if (await slugInUse(tx, form.dialogueSlug, eventId)) return slugTaken;
      const moved = form.startDate !== before.startDate || form.timeZone !== before.timeZone;
      if (form.shiftSessions && moved) await shiftSessions(tx, before, form);
      const spans = await tx
        .select({ startsAt: sessions.startsAt, endsAt: sessions.endsAt })
        .from(sessions)
        .where(eq(sessions.eventId, eventId));
      const outside = sessionsOutside(spans, form);
      // The key carries the count for the message ("3 sessions would fall outside ..."); a throw rolls back any shift.
      if (outside > 0) throw new SessionsOutside(outside);
      const [after] = await tx
        .update(events)
        .set({ ...detailsColumns(form), updatedAt: now() })
        .where(eq(events.id, eventId))
        .returning();
      await recordAudit(tx, actor, {
        action: "event.details",
        entityType: "event",
        entityId: eventId,
        eventId,
        before: detailsOf(before),
        after: { ...detailsOf(after!), sessionsShifted: form.shiftSessions && moved },
      });
      return { status: "saved", event: after! };
    }),
  ).catch((error: unknown) => {
    if (error instanceof SessionsOutside)
      return { status: "refused", errors: { startDate: [`sessionsOutside:${error.count}`] } } as DialogueRefusal;
    throw error;
  });
}

/** Thrown inside the transaction so that sessions already shifted are rolled back with it. */
class SessionsOutside extends Error {
  constructor(readonly count: number) {
    super(`${count} sessions outside the dialogue's days`);
  }
}

/** A dialogue's stored details as the form's values. */
export function dialogueDetailsValues(event: Event): Record<string, string> {
  return {
    dialogueSlug: event.slug,
    ...fromLocalized(event.title, "title"),
    ...fromLocalized(event.summary, "summary"),
    city: event.city,
    countryCode: event.countryCode,
    venue: event.venue.en,
    timeZone: event.timeZone,
    startDate: event.startDate,
    endDate: event.endDate,
  };
}
