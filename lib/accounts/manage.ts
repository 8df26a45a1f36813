import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { users } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import type { Role } from "@/lib/auth/roles";
import { endAllSessions } from "@/lib/auth/sessions";
import { now } from "@/lib/clock";

export type ManageResult = { ok: true; changed: boolean } | { ok: false; reason: "notFound" | "lastAdmin" | "self" };

/**
 * Locks every active administrator row, then the target row, in one order (id), so that two
 * admins demoting each other at once cannot both succeed and leave nobody in charge.
 */
async function lockAdminsAndTarget(tx: Executor, userId: number) {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt)))
    .orderBy(asc(users.id))
    .for("update");
  const [target] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
  return { activeAdmins: admins.length, target };
}

const isActiveAdmin = (user: { role: Role; disabledAt: Date | null }) => user.role === "admin" && !user.disabledAt;

export async function changeRole(db: Database, actor: NonNullable<AuditActor>, userId: number, role: Role): Promise<ManageResult> {
  return inTransaction(db, async (tx) => {
    const { activeAdmins, target } = await lockAdminsAndTarget(tx, userId);
    if (!target) return { ok: false, reason: "notFound" } as const;
    if (target.role === role) return { ok: true, changed: false } as const;
    if (isActiveAdmin(target) && activeAdmins <= 1) return { ok: false, reason: "lastAdmin" } as const;
    await tx.update(users).set({ role, credentialsChangedAt: new Date(), updatedAt: now() }).where(eq(users.id, userId));
    await endAllSessions(tx, userId);
    await recordAudit(tx, actor, {
      action: "user.change_role",
      entityType: "user",
      entityId: userId,
      before: { role: target.role },
      after: { role },
    });
    return { ok: true, changed: true } as const;
  });
}

/** Disables (ends every session at once) or re-enables an account. Nobody disables themselves. */
export async function setDisabled(db: Database, actor: NonNullable<AuditActor>, userId: number, disabled: boolean): Promise<ManageResult> {
  return inTransaction(db, async (tx) => {
    const { activeAdmins, target } = await lockAdminsAndTarget(tx, userId);
    if (!target) return { ok: false, reason: "notFound" } as const;
    if (Boolean(target.disabledAt) === disabled) return { ok: true, changed: false } as const;
    if (disabled && target.id === actor.id) return { ok: false, reason: "self" } as const;
    if (disabled && isActiveAdmin(target) && activeAdmins <= 1) return { ok: false, reason: "lastAdmin" } as const;
    const disabledAt = disabled ? now() : null;
    await tx.update(users).set({ disabledAt, credentialsChangedAt: new Date(), updatedAt: now() }).where(eq(users.id, userId));
    await endAllSessions(tx, userId);
    await recordAudit(tx, actor, {
      action: disabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: userId,
      before: { disabledAt: target.disabledAt },
      after: { disabledAt },
    });
    return { ok: true, changed: true } as const;
  });
}

/** Every account, with whether it still waits for its invitation to be accepted. */
export async function listAccounts(db: Executor) {
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      locale: users.locale,
      disabledAt: users.disabledAt,
      lastSignInAt: users.lastSignInAt,
      invited: sql<boolean>`${users.passwordHash} is null`,
    })
    .from(users)
    .orderBy(asc(users.name), asc(users.id));
  return rows;
}
