import "server-only";
import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditLog, users } from "@/db/schema";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = { action?: string; actorId?: number; page: number };

/** One page of the audit log, newest first, with the total for pagination. */
export async function auditPage(db: Executor, filter: AuditFilter) {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((filter.page - 1) * AUDIT_PAGE_SIZE),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The choices of the filters: actions that occur, and every account. */
export async function auditFilterOptions(db: Executor) {
  const [actions, actors] = await Promise.all([
    db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)),
    db.select({ id: users.id, name: users.name, email: users.email }).from(users).orderBy(asc(users.name)),
  ]);
  return { actions: actions.map((a) => a.action), actors };
}
