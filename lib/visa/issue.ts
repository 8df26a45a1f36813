import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type Event, visaRequests } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/guard";
import { now } from "@/lib/clock";
import { visaLetterPdf } from "@/lib/documents/visa-letter";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/templates/render";
import { localize } from "@/lib/i18n/localize";
import { composeVisaLetter, visaTranslator } from "./letter";
import { VISA_LETTER_EMAIL, visaRequestOfRegistration } from "./requests";

export type LetterOutcome = { ok: true } | { ok: false; reason: "notFound" | "noLetterhead" | "notIssued" };

/**
 * Issues a delegate's letter (administrators only): records when and by whom, audit-logged without
 * any passport data. The letter itself is drawn whenever it is downloaded or sent, never stored.
 */
export async function issueVisaLetter(db: Database, user: SessionUser, event: Event, registrationId: number): Promise<LetterOutcome> {
  const composed = await composeVisaLetter(db, user, event, registrationId);
  if (!composed.ok) return composed;
  return inTransaction(db, async (tx) => {
    const at = now();
    const issued = await tx
      .update(visaRequests)
      .set({ letterIssuedAt: at, letterIssuedById: user.id })
      .where(eq(visaRequests.registrationId, registrationId))
      .returning({ id: visaRequests.id });
    if (issued.length === 0) return { ok: false, reason: "notFound" } as const;
    await recordAudit(tx, user, {
      action: "visa.letter.issued",
      entityType: "registration",
      entityId: registrationId,
      eventId: event.id,
      after: { language: composed.letter.language, issuedAt: at.toISOString() },
    });
    return { ok: true } as const;
  });
}

/** The issued letter as a PDF for the administrator's download (drawn now, never stored). */
export async function issuedLetterPdf(db: Database, user: SessionUser, event: Event, registrationId: number) {
  const request = await visaRequestOfRegistration(db, user, event.id, registrationId);
  if (!request?.letterIssuedAt) return null;
  const composed = await composeVisaLetter(db, user, event, registrationId);
  if (!composed.ok) return null;
  return { filename: composed.filename, bytes: await visaLetterPdf(composed.letter) };
}

/**
 * Emails the issued letter to the delegate, in their language, as a PDF attachment. The letter's
 * content is sealed in the outbox row (it holds the passport number) and drawn when the message is
 * sent; once sent the row keeps none of it (lib/email/sender.ts).
 */
export async function emailVisaLetter(db: Database, user: SessionUser, event: Event, registrationId: number): Promise<LetterOutcome> {
  const request = await visaRequestOfRegistration(db, user, event.id, registrationId);
  if (!request) return { ok: false, reason: "notFound" };
  if (!request.letterIssuedAt) return { ok: false, reason: "notIssued" };
  const composed = await composeVisaLetter(db, user, event, registrationId);
  if (!composed.ok) return composed;
  const { locale, t } = visaTranslator(composed.registration.language);
  const eventTitle = localize(event.title, locale);
  const subject = t("email.subject", { event: eventTitle });
  const { text, html } = renderEmail({ locale, subject, paragraphs: [t("email.body", { event: eventTitle }), t("email.keep")] });
  await inTransaction(db, async (tx) => {
    const at = now();
    await enqueueEmail(tx, {
      kind: VISA_LETTER_EMAIL,
      to: composed.registration.email,
      replyTo: event.contactEmail,
      subject,
      text,
      html,
      documents: [{ kind: "visaLetter", filename: composed.filename, data: composed.letter }],
      registrationId,
      dedupeKey: `visa-letter:${registrationId}:${at.getTime()}`,
    });
    await recordAudit(tx, user, { action: "visa.letter.emailed", entityType: "registration", entityId: registrationId, eventId: event.id });
  });
  return { ok: true };
}
