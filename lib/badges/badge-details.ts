import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/client";
import { registrations, uploads } from "@/db/schema";
import type { badgeRole } from "@/db/schema/enums";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { checkUpload } from "@/lib/uploads/check";

type BadgeRole = (typeof badgeRole.enumValues)[number];

/** The registration of this dialogue, locked for the change, or null (another dialogue's id is "notFound"). */
async function lockedRegistration(tx: Transaction, eventId: number, id: number) {
  const [row] = await tx
    .select({ id: registrations.id, badgeRole: registrations.badgeRole, photoUploadId: registrations.photoUploadId })
    .from(registrations)
    .where(and(eq(registrations.id, id), eq(registrations.eventId, eventId)))
    .for("update");
  return row ?? null;
}

/** Sets (or clears, with null) the role a badge prints besides head of delegation. Audited. */
export async function setBadgeRole(
  db: Database,
  actor: AuditActor,
  eventId: number,
  registrationId: number,
  role: BadgeRole | null,
): Promise<"saved" | "notFound"> {
  return inTransaction(db, async (tx) => {
    const current = await lockedRegistration(tx, eventId, registrationId);
    if (!current) return "notFound";
    await tx.update(registrations).set({ badgeRole: role, updatedAt: now() }).where(eq(registrations.id, registrationId));
    await recordAudit(tx, actor, {
      action: "registration.badge_role",
      entityType: "registration",
      entityId: registrationId,
      eventId,
      before: { badgeRole: current.badgeRole },
      after: { badgeRole: role },
    });
    return "saved";
  });
}

export type PhotoResult = { ok: true; uploadId: number } | { ok: false; reason: "notFound" | "empty" | "tooLarge" | "type" | "damaged" };

/**
 * Stores a badge photo for a registration: checked by its bytes and re-encoded by sharp first
 * (lib/uploads/check.ts: JPEG or PNG, 5 MB, EXIF and GPS gone, at most 800 px), then, in one
 * transaction, the new upload row linked and the previous photo deleted (nothing left behind).
 */
export async function saveBadgePhoto(
  db: Database,
  actor: AuditActor,
  eventId: number,
  registrationId: number,
  bytes: Buffer,
): Promise<PhotoResult> {
  const checked = await checkUpload("photo", bytes);
  if (!checked.ok) return checked;
  return inTransaction(db, async (tx) => {
    const current = await lockedRegistration(tx, eventId, registrationId);
    if (!current) return { ok: false, reason: "notFound" } as const;
    const [upload] = await tx
      .insert(uploads)
      .values({
        eventId,
        kind: "photo",
        contentType: checked.contentType,
        size: checked.bytes.length,
        content: checked.bytes,
        downloadName: `photo-${randomBytes(8).toString("hex")}.${checked.extension}`,
      })
      .returning({ id: uploads.id });
    await tx.update(registrations).set({ photoUploadId: upload!.id, updatedAt: now() }).where(eq(registrations.id, registrationId));
    if (current.photoUploadId !== null) await tx.delete(uploads).where(eq(uploads.id, current.photoUploadId));
    await recordAudit(tx, actor, {
      action: "registration.badge_photo",
      entityType: "registration",
      entityId: registrationId,
      eventId,
      after: { photo: "uploaded", size: checked.bytes.length },
    });
    return { ok: true, uploadId: upload!.id } as const;
  });
}

/** Deletes the registration's badge photo (the upload row itself, not only the link). */
export async function removeBadgePhoto(
  db: Database,
  actor: AuditActor,
  eventId: number,
  registrationId: number,
): Promise<"removed" | "noPhoto" | "notFound"> {
  return inTransaction(db, async (tx) => {
    const current = await lockedRegistration(tx, eventId, registrationId);
    if (!current) return "notFound";
    if (current.photoUploadId === null) return "noPhoto";
    await tx.update(registrations).set({ photoUploadId: null, updatedAt: now() }).where(eq(registrations.id, registrationId));
    await tx.delete(uploads).where(eq(uploads.id, current.photoUploadId));
    await recordAudit(tx, actor, {
      action: "registration.badge_photo",
      entityType: "registration",
      entityId: registrationId,
      eventId,
      after: { photo: "removed" },
    });
    return "removed";
  });
}
