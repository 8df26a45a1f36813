import "server-only";
import { and, asc, eq, exists, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { PG_UNIQUE_VIOLATION, pgErrorCode } from "@/db/errors";
import { invitees, registrations } from "@/db/schema";
import { emailKey } from "@/db/schema/email-key";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { type RowError, validateImportRows } from "./import-rows";
import type { InviteeInput } from "./invitee-schema";

/** A registration that counts as "registered" for the invitee list (not cancelled, expired or declined). */
const liveStatuses = ["pending", "confirmed", "unconfirmed"] as const;

/** Whether the invitee registered: through their link, or with their address by the public form. */
const registeredSql = or(
  isNotNull(invitees.usedAt),
  exists(
    sql`(select 1 from ${registrations} where ${registrations.eventId} = ${invitees.eventId}
      and ${registrations.emailKey} = ${invitees.emailKey}
      and ${inArray(registrations.status, [...liveStatuses])})`,
  ),
)!;

/** The dialogue's invitees for the organisers' table, with whether each has registered. */
export async function listInvitees(db: Executor, eventId: number) {
  return db
    .select({
      id: invitees.id,
      name: invitees.name,
      email: invitees.email,
      organisation: invitees.organisation,
      preferredLanguage: invitees.preferredLanguage,
      stakeholderGroup: invitees.stakeholderGroup,
      invitedAt: invitees.invitedAt,
      remindedAt: invitees.remindedAt,
      registered: sql<boolean>`${registeredSql}`.mapWith(Boolean),
    })
    .from(invitees)
    .where(eq(invitees.eventId, eventId))
    .orderBy(asc(invitees.name), asc(invitees.id));
}

const rowValues = (eventId: number, input: InviteeInput) => ({
  eventId,
  name: input.name,
  email: input.email,
  organisation: input.organisation,
  preferredLanguage: input.preferredLanguage,
  stakeholderGroup: input.stakeholderGroup,
});

/** Adds one invitee by hand; "alreadyInvited" when the address is on the list already. */
export async function addInvitee(db: Database, actor: AuditActor, eventId: number, input: InviteeInput) {
  try {
    return await inTransaction(db, async (tx) => {
      const [created] = await tx.insert(invitees).values(rowValues(eventId, input)).returning({ id: invitees.id });
      await recordAudit(tx, actor, {
        action: "invitee.add",
        entityType: "invitee",
        entityId: created!.id,
        eventId,
        after: { email: input.email },
      });
      return "added" as const;
    });
  } catch (error) {
    if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) return "alreadyInvited" as const;
    throw error;
  }
}

async function invitedKeys(db: Executor, eventId: number): Promise<Set<string>> {
  const rows = await db.select({ key: invitees.emailKey }).from(invitees).where(eq(invitees.eventId, eventId));
  return new Set(rows.map((r) => r.key));
}

export type ImportResult = { ok: true; count: number } | { ok: false; errors: RowError[] };

/**
 * Imports a whole file or nothing: every row is checked first (against the list as it stands in the
 * transaction), then all are inserted in that one transaction. Two imports at once: the unique
 * index refuses the second's overlap, and its rows are checked again to name them.
 */
export async function importInvitees(
  db: Database,
  actor: AuditActor,
  eventId: number,
  rows: Record<string, string>[],
): Promise<ImportResult> {
  try {
    return await inTransaction(db, async (tx) => {
      const checked = validateImportRows(rows, await invitedKeys(tx, eventId));
      if (!checked.ok) return checked;
      for (let start = 0; start < checked.invitees.length; start += 500) {
        await tx.insert(invitees).values(checked.invitees.slice(start, start + 500).map((input) => rowValues(eventId, input)));
      }
      await recordAudit(tx, actor, {
        action: "invitee.import",
        entityType: "event",
        entityId: eventId,
        eventId,
        after: { count: checked.invitees.length },
      });
      return { ok: true as const, count: checked.invitees.length };
    });
  } catch (error) {
    if (pgErrorCode(error) !== PG_UNIQUE_VIOLATION) throw error;
    const again = validateImportRows(rows, await invitedKeys(db, eventId));
    return again.ok ? { ok: false, errors: [{ row: 1, field: "file", error: "tryAgain" }] } : again;
  }
}

/** Takes an invitee off the list (their registration, if any, stays). */
export async function removeInvitee(db: Database, actor: AuditActor, eventId: number, id: number): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const [removed] = await tx
      .delete(invitees)
      .where(and(eq(invitees.id, id), eq(invitees.eventId, eventId)))
      .returning({ email: invitees.email });
    if (!removed) return false;
    await recordAudit(tx, actor, {
      action: "invitee.remove",
      entityType: "invitee",
      entityId: id,
      eventId,
      before: { email: removed.email },
    });
    return true;
  });
}

/** Whether the invitee (by id) is one of this dialogue's (for the action wrapper's ownership check). */
export async function isEventInvitee(db: Executor, eventId: number, id: number): Promise<boolean> {
  const [row] = await db
    .select({ id: invitees.id })
    .from(invitees)
    .where(and(eq(invitees.id, id), eq(invitees.eventId, eventId)));
  return Boolean(row);
}

/** Invitees who have not registered (no link used, no live registration with their address). */
export const notRegistered = sql`not (${registeredSql})`;

/** Erasure: a person's invitee rows go with them (by address key, or by the registration they made). */
export async function eraseInvitees(tx: Executor, registrationIds: readonly number[], addresses: readonly string[]) {
  const keys = [...new Set(addresses.map(emailKey))];
  await tx
    .delete(invitees)
    .where(or(inArray(invitees.registrationId, [...registrationIds]), keys.length > 0 ? inArray(invitees.emailKey, keys) : undefined));
}
