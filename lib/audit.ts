import "server-only";
import type { Executor } from "@/db/client";
import { auditLog } from "@/db/schema";

export type AuditActor = { id: number; email: string } | null;

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  eventId?: number | null;
  before?: unknown;
  after?: unknown;
};

/** Records who did what, in the same transaction as the change itself. */
export async function recordAudit(db: Executor, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: actor?.id ?? null,
    actorEmail: actor?.email ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    eventId: entry.eventId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
