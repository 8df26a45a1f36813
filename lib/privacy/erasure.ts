import "server-only";
import { and, inArray, like, ne, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditLog, emailOutbox, rateLimits, registrationAnswers, registrations, remoteJoins, uploads } from "@/db/schema";
import { emailKey } from "@/db/schema/email-key";
import { eraseInvitees } from "@/lib/invitations/invitees";
import { hashToken } from "@/lib/tokens";
import { deleteVisaRequests } from "@/lib/visa/requests";

/** What an erased text field reads (the columns are NOT NULL, and "—" reads as "nothing here"). */
const ERASED = "—";
/** Ids per statement: the address checks below are one term per address. */
const CHUNK = 200;

/**
 * The one erasure of delegates' personal data, used by the delegate's own "erase my data" and by
 * the retention pass. Call it in a transaction, with the registrations locked or otherwise settled
 * (statuses, seats and waiting lists are the caller's business: self-service cancels first,
 * retention keeps everything as it was). It covers every place personal data is kept:
 *
 * - registrations: every personal field; the manage and check-in tokens are replaced, so the old
 *   link and QR code open nothing; what organisers count (group, country, status) stays;
 * - registration_answers: their answers to the dialogue's own questions are deleted;
 * - uploads: their badge photo is deleted (the row and its bytes), and their badge role cleared;
 * - invitees: their rows on any dialogue's invitation list are deleted;
 * - session sign-ups and check-ins hold no personal data of their own: they stay, for the counts,
 *   tied to the anonymous registration;
 * - remote_joins: when they followed their private video link is a record of their behaviour: deleted;
 * - email_outbox: their messages not yet sent are deleted; sent ones keep only kind, status and times;
 * - audit_log: the details (before/after) of every entry about these registrations, and of any
 *   entry whose details hold one of their addresses, are replaced by a marker;
 * - rate_limits: counters keyed by one of their addresses are deleted;
 * - visa_requests: their passport data is deleted, with any visa letter not yet sent.
 */
export async function erasePersonalData(tx: Executor, registrationIds: readonly number[], at: Date): Promise<void> {
  for (let start = 0; start < registrationIds.length; start += CHUNK) {
    await eraseChunk(tx, registrationIds.slice(start, start + CHUNK), at);
  }
}

async function eraseChunk(tx: Executor, ids: number[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  const people = await tx
    .select({ id: registrations.id, email: registrations.email, photoUploadId: registrations.photoUploadId })
    .from(registrations)
    .where(inArray(registrations.id, ids));
  const photos = people.flatMap((p) => (p.photoUploadId === null ? [] : [p.photoUploadId]));
  const addresses = [...new Set(people.map((p) => p.email.trim().toLowerCase()).filter(isRealAddress))];
  // Rate limits key a mailbox by the hash of its key (lib/registration/limits.ts), older keys by the address.
  const keyForms = [
    ...new Set(people.flatMap((p) => [...addressForms(p.email), ...(isRealAddress(p.email) ? [hashToken(emailKey(p.email))] : [])])),
  ];

  await tx
    .update(registrations)
    .set({
      honorific: null,
      givenName: ERASED,
      familyName: ERASED,
      email: sql`'erased-' || ${registrations.id} || '@erased.invalid'`,
      phone: null,
      organisation: ERASED,
      position: ERASED,
      represents: ERASED,
      accessibilityNeeds: null,
      dietaryRequirements: null,
      specialDataConsentAt: null,
      decisionReason: null,
      submissionKey: null,
      // The old personal link and QR code stop working (random, and no hash of any token).
      manageTokenHash: sql`'erased-' || md5(random()::text || ${registrations.id} || clock_timestamp()::text)`,
      checkInToken: sql`'erased-' || md5(random()::text || ${registrations.id} || clock_timestamp()::text)`,
      pendingManageTokenHash: null,
      badgeRole: null,
      photoUploadId: null,
      erasedAt: at,
      updatedAt: at,
    })
    .where(inArray(registrations.id, ids));
  await tx.delete(registrationAnswers).where(inArray(registrationAnswers.registrationId, ids));
  await tx.delete(remoteJoins).where(inArray(remoteJoins.registrationId, ids));
  if (photos.length > 0) await tx.delete(uploads).where(inArray(uploads.id, photos));
  await deleteVisaRequests(tx, ids);
  // Their places on invitation lists (by the link they used, or by any form of their address).
  await eraseInvitees(
    tx,
    ids,
    people.map((p) => p.email).filter((email) => isRealAddress(email.trim().toLowerCase())),
  );

  const theirMail = or(
    inArray(emailOutbox.registrationId, ids),
    // Delegates' messages only: the same address may also be an organiser's account.
    addresses.length > 0
      ? and(like(emailOutbox.kind, "registration.%"), inArray(sql`lower(${emailOutbox.toAddress})`, addresses))
      : undefined,
  );
  // Unsent messages have no purpose any more (and a worker that is sending one updates nothing).
  await tx.delete(emailOutbox).where(and(theirMail, ne(emailOutbox.status, "sent")));
  await tx
    .update(emailOutbox)
    .set({
      toAddress: sql`'erased-' || coalesce(${emailOutbox.registrationId}::text, 'message-' || ${emailOutbox.id}::text) || '@erased.invalid'`,
      subject: ERASED,
      textBody: ERASED,
      htmlBody: null,
      attachments: [],
      replyTo: null,
      sealedSecrets: null,
      lastError: null,
    })
    .where(theirMail);

  const details = sql`lower(coalesce(${auditLog.before}::text, '') || ' ' || coalesce(${auditLog.after}::text, ''))`;
  await tx
    .update(auditLog)
    .set({ before: null, after: { erased: true } })
    .where(
      or(
        and(sql`${auditLog.entityType} = 'registration'`, inArray(auditLog.entityId, ids.map(String))),
        // A JSON string value equal to the address (quotes included: "ana@x.org" is not "juana@x.org").
        containsAny(
          details,
          addresses.map((address) => JSON.stringify(address)),
        ),
      ),
    );

  // Keys end in ":<address>" (e.g. "register-email:email:ana@x.org").
  if (keyForms.length > 0) {
    await tx
      .delete(rateLimits)
      .where(or(...keyForms.map((form) => sql`right(lower(${rateLimits.key}), ${form.length + 1}) = ${`:${form}`}`)));
  }
}

/**
 * The forms an address takes in keys and texts: as typed, lower-cased, and without a "+tag"
 * (duplicate guards and rate limits may key on that form).
 */
function addressForms(email: string): string[] {
  const lower = email.trim().toLowerCase();
  const [local = "", domain = ""] = lower.split(/@(?=[^@]*$)/);
  const untagged = local.includes("+") ? `${local.slice(0, local.indexOf("+"))}@${domain}` : lower;
  return [...new Set([lower, untagged])].filter(isRealAddress);
}

/** Never an erased placeholder: a second erasure must not touch other rows. */
function isRealAddress(address: string): boolean {
  return address.includes("@") && !address.endsWith("@erased.invalid");
}

/** `text` contains one of `needles` (plain substring, so no LIKE wildcard in an address matters). */
function containsAny(text: SQL, needles: readonly string[]): SQL | undefined {
  if (needles.length === 0) return undefined;
  return or(...needles.map((needle) => sql`position(${needle} in ${text}) > 0`));
}
