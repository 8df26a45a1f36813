import "server-only";
import { eq } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { PG_UNIQUE_VIOLATION, pgErrorCode } from "@/db/errors";
import { events } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { localToInstant } from "@/lib/dashboard/event-settings";
import { toLocalized } from "@/lib/dashboard/localized-fields";
import type { DialogueDetailsForm, NewDialogueForm } from "./dialogue-schema";

export type DialogueRefusal = { status: "refused"; errors: Record<string, string[]> };
export const slugTaken: DialogueRefusal = { status: "refused", errors: { dialogueSlug: ["slugTaken"] } };

export async function slugInUse(db: Executor, slug: string, exceptId?: number): Promise<boolean> {
  const [row] = await db.select({ id: events.id }).from(events).where(eq(events.slug, slug));
  return row !== undefined && row.id !== exceptId;
}

/** The columns a dialogue's details form writes. */
export function detailsColumns(form: Omit<DialogueDetailsForm, "shiftSessions">) {
  return {
    slug: form.dialogueSlug,
    title: toLocalized(form, "title"),
    summary: toLocalized(form, "summary"),
    city: form.city,
    countryCode: form.countryCode,
    venue: { en: form.venue },
    timeZone: form.timeZone,
    startDate: form.startDate,
    endDate: form.endDate,
  };
}

/** Runs `work`, turning a race on the slug's unique index into the same refusal as the check before it. */
export async function refusingTakenSlug<T>(work: () => Promise<T>, field = "dialogueSlug"): Promise<T | DialogueRefusal> {
  try {
    return await work();
  } catch (error) {
    if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) return { status: "refused", errors: { [field]: ["slugTaken"] } };
    throw error;
  }
}

/** Creates a dialogue as a draft: invisible to the public until an organiser publishes it. */
export async function createDialogue(db: Database, actor: AuditActor, form: NewDialogueForm) {
  return refusingTakenSlug(() =>
    inTransaction(db, async (tx) => {
      if (await slugInUse(tx, form.dialogueSlug)) return slugTaken;
      const values = {
        ...detailsColumns(form),
        registrationOpensAt: localToInstant(form.registrationOpensAt, form.timeZone),
        registrationClosesAt: localToInstant(form.registrationClosesAt, form.timeZone),
        capacity: form.capacity,
        requiresApproval: form.requiresApproval,
        contactEmail: form.contactEmail,
        holdMinutes: form.holdMinutes,
        status: "draft" as const,
      };
      const [created] = await tx.insert(events).values(values).returning();
      await recordAudit(tx, actor, {
        action: "event.create",
        entityType: "event",
        entityId: created!.id,
        eventId: created!.id,
        after: values,
      });
      return { status: "created" as const, event: created! };
    }),
  );
}
