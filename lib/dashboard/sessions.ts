import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { PG_UNIQUE_VIOLATION, pgErrorCode } from "@/db/errors";
import { type Event, events, registrations, sessionSignups, sessions, themes } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { enqueueOpsEmail } from "@/lib/email/templates/organisers";
import { fillFreedSeats } from "@/lib/registration";
import { zonedInstant } from "@/lib/time";
import { toLocalized } from "./localized-fields";
import type { SessionForm } from "./session-schema";
import { demoteLatestConfirmed } from "./waitlist";

export type SessionSaveResult =
  | { status: "saved"; id: number; promoted: number; demoted: number }
  | { status: "belowConfirmed"; confirmed: number }
  | { status: "slugTaken" | "notFound" | "badTheme" | "outsideEvent" };

function sessionValues(event: Event, form: SessionForm) {
  return {
    slug: form.sessionSlug,
    themeId: form.themeId,
    title: toLocalized(form, "title"),
    description: toLocalized(form, "description"),
    kind: form.kind,
    room: form.room,
    startsAt: zonedInstant(form.day, form.start, event.timeZone),
    endsAt: zonedInstant(form.day, form.end, event.timeZone),
    capacity: form.capacity,
    isStreamed: form.isStreamed,
    streamUrl: form.streamUrl,
    walkIns: form.walkIns,
    participationMode: form.participationMode,
    remoteLink: form.remoteLink,
  };
}

/** Whether an edit changes what a calendar file shows of the session (then its SEQUENCE goes up). */
function changesCalendar(current: typeof sessions.$inferSelect, next: ReturnType<typeof sessionValues>): boolean {
  return (
    current.startsAt.getTime() !== next.startsAt.getTime() ||
    current.endsAt.getTime() !== next.endsAt.getTime() ||
    current.room !== next.room ||
    current.slug !== next.slug ||
    current.themeId !== next.themeId ||
    current.isStreamed !== next.isStreamed ||
    current.streamUrl !== next.streamUrl ||
    current.remoteLink !== next.remoteLink ||
    current.participationMode !== next.participationMode ||
    !sameText(current.title, next.title) ||
    !sameText(current.description, next.description)
  );
}

/** jsonb returns keys in its own order, so translations are compared key by key. */
function sameText(a: Record<string, string | undefined>, b: Record<string, string | undefined>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? "") === (b[key] ?? ""));
}

/** What the audit log keeps of a session. */
function auditView(s: Partial<typeof sessions.$inferSelect>) {
  const { createdAt: _c, updatedAt: _u, speakers: _s, ...rest } = s;
  // Whether there is a private video link, never the link itself.
  return "remoteLink" in rest ? { ...rest, remoteLink: rest.remoteLink ? "set" : null } : rest;
}

/**
 * Creates or edits a session. Capacity never drops below the confirmed sign-ups unless the
 * organiser chose to move the latest ones to the waiting list; a higher capacity promotes from
 * the waiting list in the same transaction.
 */
export async function saveSession(db: Database, actor: AuditActor, event: Event, form: SessionForm): Promise<SessionSaveResult> {
  if (form.day < event.startDate || form.day > event.endDate) return { status: "outsideEvent" };
  const values = sessionValues(event, form);
  try {
    return await inTransaction(db, async (tx) => {
      if (values.themeId !== null) {
        const [theme] = await tx
          .select({ id: themes.id })
          .from(themes)
          .where(and(eq(themes.id, values.themeId), eq(themes.eventId, event.id)));
        if (!theme) return { status: "badTheme" } as const;
      }
      if (!form.id) {
        const [created] = await tx
          .insert(sessions)
          .values({ ...values, eventId: event.id })
          .returning();
        await recordAudit(tx, actor, {
          action: "session.create",
          entityType: "session",
          entityId: created!.id,
          eventId: event.id,
          after: auditView(created!),
        });
        return { status: "saved", id: created!.id, promoted: 0, demoted: 0 } as const;
      }
      const [current] = await tx
        .select()
        .from(sessions)
        .where(and(eq(sessions.id, form.id), eq(sessions.eventId, event.id)))
        .for("update");
      if (!current) return { status: "notFound" } as const;
      let demoted = 0;
      if (values.capacity !== null && values.capacity < current.seatsTaken) {
        if (!form.moveToWaitlist) return { status: "belowConfirmed", confirmed: current.seatsTaken } as const;
        demoted = (await demoteLatestConfirmed(tx, current.id, current.seatsTaken - values.capacity)).length;
      }
      const sequence = current.sequence + (changesCalendar(current, values) ? 1 : 0);
      const [updated] = await tx
        .update(sessions)
        .set({ ...values, sequence, updatedAt: now() })
        .where(eq(sessions.id, current.id))
        .returning();
      // Raising the capacity hands the new seats to the waiting list in this same transaction.
      const promoted = (await fillFreedSeats(tx, current.id)).length;
      await recordAudit(tx, actor, {
        action: "session.update",
        entityType: "session",
        entityId: current.id,
        eventId: event.id,
        before: auditView(current),
        after: { ...auditView(updated!), seatsTaken: updated!.seatsTaken + promoted, promoted, demoted },
      });
      return { status: "saved", id: current.id, promoted, demoted } as const;
    });
  } catch (error) {
    if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) return { status: "slugTaken" };
    throw error;
  }
}

export type SessionDeleteResult =
  | { status: "deleted"; cancelled: number }
  | { status: "hasSignups"; active: number }
  | { status: "notFound" };

/** Deletes a session; with sign-ups only on explicit confirmation, which cancels them and emails each delegate. */
export async function deleteSession(
  db: Database,
  actor: AuditActor,
  eventId: number,
  id: number,
  cancelSignups: boolean,
): Promise<SessionDeleteResult> {
  return inTransaction(db, async (tx) => {
    const [current] = await tx
      .select()
      .from(sessions)
      .where(and(eq(sessions.id, id), eq(sessions.eventId, eventId)))
      .for("update");
    if (!current) return { status: "notFound" } as const;
    const active = await tx
      .select({
        signupId: sessionSignups.id,
        id: registrations.id,
        email: registrations.email,
        givenName: registrations.givenName,
        locale: registrations.locale,
        preferredLanguage: registrations.preferredLanguage,
      })
      .from(sessionSignups)
      .innerJoin(registrations, eq(registrations.id, sessionSignups.registrationId))
      .where(and(eq(sessionSignups.sessionId, id), ne(sessionSignups.status, "cancelled")));
    if (active.length > 0 && !cancelSignups) return { status: "hasSignups", active: active.length } as const;
    const [event] = await tx.select({ title: events.title, contactEmail: events.contactEmail }).from(events).where(eq(events.id, eventId));
    for (const delegate of active) {
      await enqueueOpsEmail(tx, "sessionCancelled", delegate, {
        eventTitle: event!.title,
        sessionTitle: current.title,
        replyTo: event!.contactEmail,
      });
    }
    await tx.delete(sessions).where(eq(sessions.id, id));
    await recordAudit(tx, actor, {
      action: "session.delete",
      entityType: "session",
      entityId: id,
      eventId,
      before: { ...auditView(current), signups: active.map((a) => a.signupId) },
    });
    return { status: "deleted", cancelled: active.length } as const;
  });
}

/** The event's sessions with their sign-up counts, for the sessions page. */
/** A session of this event with its number of active (not cancelled) sign-ups; null for another event's or none. */
export async function eventSession(db: Executor, eventId: number, sessionId: number) {
  const [session] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.eventId, eventId)));
  if (!session) return null;
  const activeSignups = await db.$count(
    sessionSignups,
    and(eq(sessionSignups.sessionId, sessionId), ne(sessionSignups.status, "cancelled")),
  );
  return { session, activeSignups };
}

export async function sessionsWithCounts(db: Executor, eventId: number) {
  const rows = await db.select().from(sessions).where(eq(sessions.eventId, eventId)).orderBy(sessions.startsAt, sessions.id);
  const ids = rows.map((r) => r.id);
  const waitlisted = ids.length
    ? await db
        .select({ sessionId: sessionSignups.sessionId, id: sessionSignups.id })
        .from(sessionSignups)
        .where(and(inArray(sessionSignups.sessionId, ids), eq(sessionSignups.status, "waitlisted")))
    : [];
  const waiting = new Map<number, number>();
  for (const w of waitlisted) waiting.set(w.sessionId, (waiting.get(w.sessionId) ?? 0) + 1);
  return rows.map((row) => ({ ...row, waitlisted: waiting.get(row.id) ?? 0 }));
}
