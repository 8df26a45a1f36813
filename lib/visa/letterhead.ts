import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { uploads, visaLetterheads } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/guard";
import { now } from "@/lib/clock";
import { checkUpload } from "@/lib/uploads/check";
import type { LetterheadInput } from "./action-schemas";
import { assertAdministrator } from "./requests";

export async function letterheadOf(db: Executor, eventId: number) {
  const [row] = await db.select().from(visaLetterheads).where(eq(visaLetterheads.eventId, eventId));
  return row ?? null;
}

/** The logo's bytes, type and shape for drawing, or null. */
export async function letterheadLogo(db: Executor, uploadId: number | null) {
  if (uploadId === null) return null;
  const [row] = await db
    .select({ content: uploads.content, contentType: uploads.contentType })
    .from(uploads)
    .where(eq(uploads.id, uploadId));
  return row ?? null;
}

export type SaveLetterheadResult = { ok: true } | { ok: false; logoError: string };

/**
 * Saves the dialogue's letterhead (administrators only). A new logo is checked by its bytes and
 * re-encoded (metadata dropped) before it is stored; the one it replaces is deleted with the change.
 */
export async function saveLetterhead(
  db: Database,
  user: SessionUser,
  eventId: number,
  input: LetterheadInput,
): Promise<SaveLetterheadResult> {
  assertAdministrator(user);
  const logo = input.logo ? await checkUpload("logo", Buffer.from(await input.logo.arrayBuffer())) : null;
  if (logo && !logo.ok) return { ok: false, logoError: logo.reason };
  await inTransaction(db, async (tx) => {
    const at = now();
    const [current] = await tx.select().from(visaLetterheads).where(eq(visaLetterheads.eventId, eventId)).for("update");
    let logoUploadId = current?.logoUploadId ?? null;
    if (logo?.ok) {
      const [stored] = await tx
        .insert(uploads)
        .values({
          eventId,
          kind: "logo",
          contentType: logo.contentType,
          size: logo.bytes.length,
          content: logo.bytes,
          downloadName: `logo-${randomBytes(8).toString("hex")}.${logo.extension}`,
          createdAt: at,
        })
        .returning({ id: uploads.id });
      logoUploadId = stored!.id;
    }
    const fields = { issuingBody: input.issuingBody, signatoryName: input.signatoryName, signatoryTitle: input.signatoryTitle };
    await tx
      .insert(visaLetterheads)
      .values({ eventId, ...fields, logoUploadId, updatedAt: at })
      .onConflictDoUpdate({ target: visaLetterheads.eventId, set: { ...fields, logoUploadId, updatedAt: at } });
    if (current?.logoUploadId && current.logoUploadId !== logoUploadId)
      await tx.delete(uploads).where(eq(uploads.id, current.logoUploadId));
    await recordAudit(tx, user, {
      action: "visa.letterhead",
      entityType: "event",
      entityId: eventId,
      eventId,
      after: { ...fields, logo: logoUploadId !== null },
    });
  });
  return { ok: true };
}
