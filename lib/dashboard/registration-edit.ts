import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { PG_UNIQUE_VIOLATION, pgConstraint, pgErrorCode } from "@/db/errors";
import { registrations } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { replaceAnswers } from "@/lib/questions/answers";
import type { Answers } from "@/lib/questions/answers-schema";
import type { RegistrationEdit } from "./registration-schema";

/** A registration of this event, as the edit form starts from it; null for another event's or none. */
export async function eventRegistration(db: Executor, eventId: number, registrationId: number) {
  const [row] = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.id, registrationId), eq(registrations.eventId, eventId)));
  return row ?? null;
}

/** Whether a registration is this event's (organisers act on one event's records at a time). */
export async function belongsToEvent(db: Database, eventId: number, registrationId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.id, registrationId), eq(registrations.eventId, eventId)));
  return Boolean(row);
}

export type EditResult = "saved" | "notFound" | "emailTaken" | "unchanged";

const editableFields = [
  "honorific",
  "givenName",
  "familyName",
  "email",
  "phone",
  "organisation",
  "position",
  "stakeholderGroup",
  "countryCode",
  "represents",
  "preferredLanguage",
] as const;

/** Corrects a registration's fields and answers in one transaction, recording before and after. */
export async function updateRegistration(
  db: Database,
  actor: AuditActor,
  eventId: number,
  edit: RegistrationEdit,
  answers?: Answers,
): Promise<EditResult> {
  try {
    return await inTransaction(db, async (tx) => {
      const [current] = await tx
        .select()
        .from(registrations)
        .where(and(eq(registrations.id, edit.id), eq(registrations.eventId, eventId)))
        .for("update");
      if (!current) return "notFound";
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const field of editableFields) {
        if (current[field] !== edit[field]) {
          before[field] = current[field];
          after[field] = edit[field];
        }
      }
      const answered = answers ? await replaceAnswers(tx, eventId, edit.id, answers) : undefined;
      if (answered?.changed) {
        before.answers = answered.before;
        after.answers = answered.after;
      }
      if (Object.keys(after).length === 0) return "unchanged";
      const { answers: _answers, ...fields } = after;
      await tx
        .update(registrations)
        .set({ ...fields, updatedAt: now() })
        .where(eq(registrations.id, edit.id));
      await recordAudit(tx, actor, {
        action: "registration.update",
        entityType: "registration",
        entityId: edit.id,
        eventId,
        before,
        after,
      });
      return "saved";
    });
  } catch (error) {
    if (pgErrorCode(error) === PG_UNIQUE_VIOLATION && pgConstraint(error) === "registrations_event_email_active_key") {
      return "emailTaken";
    }
    throw error;
  }
}
