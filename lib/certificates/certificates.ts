import "server-only";
import { and, asc, count, eq, exists, max, notExists, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { type Event, emailOutbox, events, registrations } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { config } from "@/lib/config";
import { certificatePdf } from "@/lib/documents/certificate";
import { findRegistrationByToken } from "@/lib/registration/manage";
import { attendanceOf, attendedCondition, certificateEligibility, dialogueEnded, type Eligibility } from "./attendance";
import { certificateContent, certificateFilename, certificateLocale } from "./content";
import { CERTIFICATE_KEY_PREFIX, CERTIFICATE_KIND, queueCertificateEmail } from "./email";

export type CertificateFile = { status: "eligible"; pdf: Buffer; filename: string };
type Refused = Exclude<Eligibility, { status: "eligible" }>;

/** Draws one registration's certificate, or says why there is none. */
async function drawFor(db: Executor, registrationId: number, at: Date): Promise<CertificateFile | Refused | null> {
  const [row] = await db
    .select({ registration: registrations, event: events })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(registrations.id, registrationId));
  if (!row) return null;
  const eligibility = await certificateEligibility(db, row.event, registrationId, at);
  if (eligibility.status !== "eligible") return eligibility;
  const content = certificateContent(row.registration, row.event, eligibility.attendance, at);
  return {
    status: "eligible",
    pdf: await certificatePdf(content),
    filename: certificateFilename(certificateLocale(row.registration), row.event),
  };
}

/**
 * The certificate a delegate's secret manage link opens (the same token check as the manage
 * page: erased registrations and unknown links open nothing, null).
 */
export async function delegateCertificate(db: Executor, token: string, at: Date = now()) {
  const registration = await findRegistrationByToken(db, token);
  if (!registration) return null;
  return { locale: certificateLocale(registration), result: await drawFor(db, registration.id, at) };
}

/** An organiser's download of one registration's certificate; null when the registration is not the dialogue's. */
export async function registrationCertificate(db: Executor, eventId: number, registrationId: number, at: Date = now()) {
  const [row] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.id, registrationId), eq(registrations.eventId, eventId)));
  return row ? drawFor(db, row.id, at) : null;
}

/** Whether the manage page offers the download, says "after the dialogue", or says there is none. */
export async function certificateStatus(db: Executor, event: Pick<Event, "id" | "endDate" | "timeZone">, registrationId: number) {
  return (await certificateEligibility(db, event, registrationId, now())).status;
}

/** The certificates page's figures: has the dialogue ended, how many may have one, how many were sent. */
export async function certificateSummary(db: Executor, event: Pick<Event, "id" | "endDate" | "timeZone">, at: Date = now()) {
  const [eligible] = await db.select({ value: count() }).from(registrations).where(attendedCondition(event.id));
  const [sent] = await db
    .select({ value: count() })
    .from(registrations)
    .where(and(attendedCondition(event.id), exists(sentMessage(db))));
  const eligibleCount = eligible?.value ?? 0;
  const sentCount = sent?.value ?? 0;
  return { ended: dialogueEnded(event, at), eligible: eligibleCount, sent: sentCount, toSend: eligibleCount - sentCount };
}

/** The outbox row of a registration's certificate email, whatever its state (the key is unique). */
function sentMessage(db: Executor) {
  return db
    .select({ one: sql`1` })
    .from(emailOutbox)
    .where(sql`${emailOutbox.dedupeKey} = ${CERTIFICATE_KEY_PREFIX}::text || ${registrations.id}::text`);
}

export type SendCertificatesResult =
  | { status: "sent"; count: number }
  | { status: "notEnded" }
  | { status: "nothingToSend" }
  | { status: "countMismatch"; count: number };

/** When the first certificate may leave: after those of an earlier send still waiting (the mailings' pace). */
async function queueStart(tx: Executor): Promise<number> {
  const [row] = await tx
    .select({ last: max(emailOutbox.nextAttemptAt) })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.kind, CERTIFICATE_KIND), eq(emailOutbox.status, "pending")));
  const at = now().getTime();
  const last = row?.last ? new Date(row.last).getTime() : 0;
  return Math.max(at, last);
}

/**
 * Emails every eligible delegate who has not had one their certificate, in their language, once:
 * the dialogue's row is locked (two organisers sending at once queue one set), delegates whose
 * certificate message exists are left out, and the outbox's unique key backs it. The organiser
 * confirms the count they saw; if it changed since, they are shown the new one. Messages are
 * spread out at MAILING_RATE_PER_MINUTE like a mailing. Audited with the count.
 */
export async function sendCertificates(
  db: Database,
  actor: AuditActor,
  event: Event,
  input: { confirmCount: number },
): Promise<SendCertificatesResult> {
  const at = now();
  if (!dialogueEnded(event, at)) return { status: "notEnded" };
  return inTransaction(db, async (tx) => {
    await tx.select({ id: events.id }).from(events).where(eq(events.id, event.id)).for("update");
    const recipients = await tx
      .select()
      .from(registrations)
      .where(and(attendedCondition(event.id), notExists(sentMessage(tx))))
      .orderBy(asc(registrations.id));
    if (recipients.length === 0) return { status: "nothingToSend" };
    if (recipients.length !== input.confirmCount) return { status: "countMismatch", count: recipients.length };
    const start = await queueStart(tx);
    const spacingMs = 60_000 / config().mailingRatePerMinute;
    for (const [index, registration] of recipients.entries()) {
      const content = certificateContent(registration, event, await attendanceOf(tx, registration.id), at);
      await queueCertificateEmail(tx, event, registration, content, new Date(start + Math.round(index * spacingMs)));
    }
    await recordAudit(tx, actor, {
      action: "certificates.send",
      entityType: "event",
      entityId: event.id,
      eventId: event.id,
      after: { recipients: recipients.length },
    });
    return { status: "sent", count: recipients.length };
  });
}
