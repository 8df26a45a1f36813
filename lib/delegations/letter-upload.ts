import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { type Delegation, delegations, uploads } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { checkUpload } from "@/lib/uploads/check";

/**
 * The delegation's nomination letter (or Note Verbale): a PDF, judged by its content
 * (lib/uploads/check.ts), stored in `uploads` and pointed at by `delegations.letterUploadId`. A new
 * letter replaces the old one (its row is deleted in the same transaction); a refused file stores
 * nothing.
 */
type LetterRefusal = "empty" | "tooLarge" | "type" | "damaged";
export type LetterResult = { ok: true } | { ok: false; reason: LetterRefusal };

/** Largest body the letter's upload route reads: the 10 MB letter plus the form's envelope. */
export const LETTER_POST_LIMIT = 10 * 1024 * 1024 + 64 * 1024;

export async function storeLetter(db: Database, delegation: Pick<Delegation, "id" | "eventId">, bytes: Buffer): Promise<LetterResult> {
  const checked = await checkUpload("letter", bytes);
  if (!checked.ok) return checked;
  // Letters are signed documents: a PDF only (a photo of a letter is refused, whatever check.ts allows).
  if (checked.contentType !== "application/pdf") return { ok: false, reason: "type" };
  await inTransaction(db, async (tx) => {
    const [current] = await tx
      .select({ letterUploadId: delegations.letterUploadId })
      .from(delegations)
      .where(eq(delegations.id, delegation.id))
      .for("update");
    const [upload] = await tx
      .insert(uploads)
      .values({
        eventId: delegation.eventId,
        kind: "letter",
        contentType: checked.contentType,
        size: checked.bytes.length,
        content: checked.bytes,
        downloadName: `nomination-letter-${randomBytes(6).toString("hex")}.${checked.extension}`,
      })
      .returning({ id: uploads.id });
    await tx.update(delegations).set({ letterUploadId: upload!.id }).where(eq(delegations.id, delegation.id));
    if (current?.letterUploadId) await tx.delete(uploads).where(eq(uploads.id, current.letterUploadId));
  });
  return { ok: true };
}

/** The delegation's letter, to serve as an attachment to those allowed to see it; null when none. */
export async function letterOf(db: Executor, delegationId: number) {
  const [row] = await db
    .select({ contentType: uploads.contentType, content: uploads.content, downloadName: uploads.downloadName, size: uploads.size })
    .from(delegations)
    .innerJoin(uploads, eq(uploads.id, delegations.letterUploadId))
    .where(eq(delegations.id, delegationId));
  return row ?? null;
}
