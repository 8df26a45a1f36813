import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { events, userDialogues, users } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";

/** Every account's dialogue scope, for the accounts page: all, or the listed dialogue ids. */
export async function accountScopes(db: Executor): Promise<Map<number, "all" | number[]>> {
  const [accounts, rows] = await Promise.all([
    db.select({ id: users.id, allDialogues: users.allDialogues }).from(users),
    db.select().from(userDialogues),
  ]);
  const scopes = new Map<number, "all" | number[]>();
  for (const account of accounts) scopes.set(account.id, account.allDialogues ? "all" : []);
  for (const row of rows) {
    const scope = scopes.get(row.userId);
    if (Array.isArray(scope)) scope.push(row.eventId);
  }
  return scopes;
}

/** The dialogues an administrator can choose from (every one, archived included). */
export async function dialogueChoices(db: Executor) {
  return db.select({ id: events.id, title: events.title }).from(events).orderBy(asc(events.startDate), asc(events.id));
}

export type ScopeResult = { ok: true } | { ok: false; reason: "notFound" };

/**
 * An administrator limits an account to some dialogues, or opens all of them to it, audited with
 * before and after in the same transaction. Dialogue ids that do not exist are ignored.
 */
export async function setDialogueScope(
  db: Database,
  actor: NonNullable<AuditActor>,
  userId: number,
  scope: { allDialogues: boolean; eventIds: number[] },
): Promise<ScopeResult> {
  return inTransaction(db, async (tx) => {
    const [target] = await tx
      .select({ id: users.id, allDialogues: users.allDialogues })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!target) return { ok: false, reason: "notFound" } as const;
    const before = await tx.select({ eventId: userDialogues.eventId }).from(userDialogues).where(eq(userDialogues.userId, userId));
    const wanted = scope.allDialogues || scope.eventIds.length === 0 ? [] : scope.eventIds;
    const existing = wanted.length === 0 ? [] : await tx.select({ id: events.id }).from(events).where(inArray(events.id, wanted));
    await tx.update(users).set({ allDialogues: scope.allDialogues, updatedAt: now() }).where(eq(users.id, userId));
    await tx.delete(userDialogues).where(eq(userDialogues.userId, userId));
    if (existing.length > 0) await tx.insert(userDialogues).values(existing.map((event) => ({ userId, eventId: event.id })));
    await recordAudit(tx, actor, {
      action: "user.dialogue_scope",
      entityType: "user",
      entityId: userId,
      before: { allDialogues: target.allDialogues, eventIds: before.map((row) => row.eventId).sort((a, b) => a - b) },
      after: { allDialogues: scope.allDialogues, eventIds: existing.map((event) => event.id).sort((a, b) => a - b) },
    });
    return { ok: true } as const;
  });
}
