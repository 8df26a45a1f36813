import "server-only";
import { and, count, desc, eq, gt, like, max, ne, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { type Event, emailOutbox, type Mailing, type MailingAudience, type MailingTexts, mailings, users } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { config } from "@/lib/config";
import { queueMailingEmail } from "@/lib/email/templates/mailings";
import { audienceRecipients, countAudience } from "./audience";
import { type ComposeMailingForm, mailingLanguages } from "./compose-schema";

/** A mailing with the same subject to the same audience within this long asks for confirmation. */
const REPEAT_WINDOW_MS = 24 * 60 * 60 * 1000;

function audienceOf(form: ComposeMailingForm): MailingAudience {
  const audience: MailingAudience = {};
  for (const key of ["status", "group", "country", "region", "session", "checkedIn"] as const) {
    if (form[key] !== undefined) (audience as Record<string, unknown>)[key] = form[key];
  }
  return audience;
}

function textsOf(form: ComposeMailingForm, prefix: "subject" | "body"): MailingTexts {
  const texts: Record<string, string> = {};
  for (const [suffix, locale] of mailingLanguages) {
    const value = form[`${prefix}${suffix}`];
    if (value) texts[locale] = value;
  }
  return texts as MailingTexts;
}

export type SaveDraftResult = { status: "saved"; id: number } | { status: "noRecipients" } | { status: "alreadySent"; id: number };

/**
 * Stores what the organiser composed as a draft (to preview it), keyed by the compose form's
 * idempotency key: posting the same form again (a double click, going back to change it) updates
 * that draft instead of making a second one, and a form whose mailing already went is refused.
 * An audience of nobody stores nothing.
 */
export async function saveMailingDraft(
  db: Database,
  actor: AuditActor,
  eventId: number,
  form: ComposeMailingForm,
): Promise<SaveDraftResult> {
  const audience = audienceOf(form);
  return inTransaction(db, async (tx) => {
    if ((await countAudience(tx, eventId, audience)) === 0) return { status: "noRecipients" };
    const values = { audience, subject: textsOf(form, "subject"), body: textsOf(form, "body"), updatedAt: now() };
    const [created] = await tx
      .insert(mailings)
      .values({ ...values, eventId, idempotencyKey: form.key, createdById: actor?.id ?? null, createdAt: now() })
      .onConflictDoNothing({ target: mailings.idempotencyKey })
      .returning({ id: mailings.id });
    if (created) return { status: "saved", id: created.id };
    const [existing] = await tx.select().from(mailings).where(eq(mailings.idempotencyKey, form.key)).for("update");
    // The key is another dialogue's (a forged post): nothing of it is touched.
    if (!existing || existing.eventId !== eventId) return { status: "noRecipients" };
    if (existing.status === "sent") return { status: "alreadySent", id: existing.id };
    await tx.update(mailings).set(values).where(eq(mailings.id, existing.id));
    return { status: "saved", id: existing.id };
  });
}

export type SendResult =
  | { status: "sent"; count: number }
  | { status: "notFound" }
  | { status: "alreadySent" }
  | { status: "countMismatch"; count: number }
  | { status: "repeat" }
  | { status: "noRecipients" };

/** When the first message of a new mailing may leave: after those of earlier mailings still waiting. */
async function queueStart(tx: Executor): Promise<Date> {
  const [row] = await tx
    .select({ last: max(emailOutbox.nextAttemptAt) })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.kind, "mailing"), eq(emailOutbox.status, "pending")));
  const at = now();
  const last = row?.last ? new Date(row.last) : null;
  return last && last > at ? last : at;
}

/** Whether a mailing with the same English subject went to the same audience in the last 24 hours. */
export async function recentRepeat(tx: Executor, mailing: Mailing): Promise<boolean> {
  const [repeat] = await tx
    .select({ id: mailings.id })
    .from(mailings)
    .where(
      and(
        eq(mailings.eventId, mailing.eventId),
        eq(mailings.status, "sent"),
        ne(mailings.id, mailing.id),
        gt(mailings.sentAt, new Date(now().getTime() - REPEAT_WINDOW_MS)),
        sql`${mailings.subject}->>'en' = ${mailing.subject.en}`,
        sql`${mailings.audience} = ${JSON.stringify(mailing.audience)}::jsonb`,
      ),
    )
    .limit(1);
  return Boolean(repeat);
}

/**
 * Sends a draft, once: the row is locked and must still be a draft (a second send, from another
 * tab or a replayed post, finds it sent and is refused). The organiser confirms the recipient
 * count they saw; if it changed since, they are shown the new one. A mailing with the same subject
 * to the same audience sent in the last 24 hours needs `confirmRepeat`. One outbox message per
 * recipient is queued in this transaction, spread out at MAILING_RATE_PER_MINUTE.
 */
export async function sendMailing(
  db: Database,
  actor: AuditActor,
  event: Event,
  input: { id: number; confirmCount: number; confirmRepeat: boolean },
): Promise<SendResult> {
  return inTransaction(db, async (tx) => {
    const [mailing] = await tx
      .select()
      .from(mailings)
      .where(and(eq(mailings.id, input.id), eq(mailings.eventId, event.id)))
      .for("update");
    if (!mailing) return { status: "notFound" };
    if (mailing.status !== "draft") return { status: "alreadySent" };
    const recipients = await audienceRecipients(tx, event.id, mailing.audience);
    // Everyone left the audience since the preview (cancelled, erased): nothing to send.
    if (recipients.length === 0) return { status: "noRecipients" };
    if (recipients.length !== input.confirmCount) return { status: "countMismatch", count: recipients.length };
    if (!input.confirmRepeat && (await recentRepeat(tx, mailing))) return { status: "repeat" };
    const start = (await queueStart(tx)).getTime();
    const spacingMs = 60_000 / config().mailingRatePerMinute;
    for (const [index, recipient] of recipients.entries()) {
      await queueMailingEmail(tx, mailing, event, recipient, new Date(start + Math.round(index * spacingMs)));
    }
    const at = now();
    await tx
      .update(mailings)
      .set({ status: "sent", sentAt: at, sentById: actor?.id ?? null, recipientCount: recipients.length, updatedAt: at })
      .where(eq(mailings.id, mailing.id));
    await recordAudit(tx, actor, {
      action: "mailing.send",
      entityType: "mailing",
      entityId: mailing.id,
      eventId: event.id,
      after: { subject: mailing.subject, audience: mailing.audience, recipients: recipients.length },
    });
    return { status: "sent", count: recipients.length };
  });
}

/** The dialogue's mailings, newest first, with who sent them and how many messages have left. */
export async function listMailings(db: Executor, eventId: number) {
  const rows = await db
    .select({
      id: mailings.id,
      status: mailings.status,
      subject: mailings.subject,
      audience: mailings.audience,
      recipientCount: mailings.recipientCount,
      sentAt: mailings.sentAt,
      createdAt: mailings.createdAt,
      sentBy: users.name,
    })
    .from(mailings)
    .leftJoin(users, eq(users.id, mailings.sentById))
    .where(eq(mailings.eventId, eventId))
    .orderBy(desc(mailings.createdAt), desc(mailings.id))
    .limit(200);
  return Promise.all(rows.map(async (row) => ({ ...row, delivered: row.status === "sent" ? await deliveredCount(db, row.id) : 0 })));
}

/** How many of a mailing's messages the SMTP server has accepted. */
async function deliveredCount(db: Executor, mailingId: number): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(emailOutbox)
    .where(and(like(emailOutbox.dedupeKey, `mailing:${mailingId}:%`), eq(emailOutbox.status, "sent")));
  return row?.value ?? 0;
}

/** One mailing of the dialogue, or null. */
export async function findMailing(db: Executor, eventId: number, id: number) {
  const [row] = await db
    .select({ mailing: mailings, sentBy: users.name })
    .from(mailings)
    .leftJoin(users, eq(users.id, mailings.sentById))
    .where(and(eq(mailings.id, id), eq(mailings.eventId, eventId)));
  return row ?? null;
}

/** A draft as the compose form's values (with its own key, so saving it again updates it); null if not a draft of this dialogue. */
export async function draftFormValues(db: Executor, eventId: number, id: number): Promise<Record<string, string> | null> {
  const row = await findMailing(db, eventId, id);
  if (row?.mailing.status !== "draft") return null;
  const { mailing } = row;
  const values: Record<string, string> = { key: mailing.idempotencyKey };
  for (const [name, value] of Object.entries(mailing.audience)) values[name] = String(value);
  if (!mailing.audience.status) values.status = "";
  for (const [suffix, locale] of mailingLanguages) {
    values[`subject${suffix}`] = mailing.subject[locale] ?? "";
    values[`body${suffix}`] = mailing.body[locale] ?? "";
  }
  return values;
}
