import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import {
  checkIns,
  delegations,
  emailOutbox,
  events,
  registrationAnswers,
  registrationQuestions,
  registrations,
  remoteJoins,
  sessionSignups,
  sessions,
  themes,
} from "@/db/schema";
import { emailKey } from "@/db/schema/email-key";
import { inTransaction } from "@/db/transaction";
import { now } from "@/lib/clock";
import { erasePersonalData } from "@/lib/privacy/erasure";
import { ownVisaRequest } from "@/lib/visa/requests";
import { cancelLockedRegistration } from "./decisions";
import { waitlistPosition } from "./event-waitlist";
import { liveRegistration } from "./live";
import { lockRegistration } from "./locks";
import { findRegistrationByToken, sendFreshManageLink } from "./manage-token";

export { findRegistrationByToken } from "./manage-token";

/** What the delegate's own page shows: their registration, the dialogue and their sessions. */
export async function loadRegistrationView(db: Executor, token: string) {
  const registration = await findRegistrationByToken(db, token);
  if (!registration) return null;
  const [event] = await db.select().from(events).where(eq(events.id, registration.eventId));
  if (!event) return null;
  const signups = await db
    .select({ status: sessionSignups.status, waitlistedAt: sessionSignups.waitlistedAt, session: sessions })
    .from(sessionSignups)
    .innerJoin(sessions, eq(sessions.id, sessionSignups.sessionId))
    .where(and(eq(sessionSignups.registrationId, registration.id), inArray(sessionSignups.status, ["confirmed", "waitlisted"])))
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
  // Place on each waiting list (1 = next to be offered a seat); on the dialogue's own list, its
  // sessions wait for a place first, so they have no place in a session's line yet.
  const positions = new Map<number, number>();
  const waitlistPlace = registration.status === "waitlisted" ? await waitlistPosition(db, registration) : null;
  for (const s of waitlistPlace == null ? signups : []) {
    if (s.status !== "waitlisted" || !s.waitlistedAt) continue;
    const [ahead] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(sessionSignups)
      .innerJoin(registrations, eq(registrations.id, sessionSignups.registrationId))
      .where(
        and(
          eq(sessionSignups.sessionId, s.session.id),
          eq(sessionSignups.status, "waitlisted"),
          liveRegistration(now()),
          sql`(${sessionSignups.waitlistedAt}, ${sessionSignups.registrationId}) < (${s.waitlistedAt.toISOString()}::timestamptz, ${registration.id})`,
        ),
      );
    positions.set(s.session.id, (ahead?.n ?? 0) + 1);
  }
  return { registration, event, signups, positions, waitlistPlace };
}

/**
 * "I lost my link": every active registration of the address gets a fresh link by email. The
 * answer is the same whether or not the address is registered, so nobody learns who is.
 */
export async function requestManageLink(db: Database, input: { email: string }): Promise<{ ok: true }> {
  const found = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(
        eq(registrations.emailKey, emailKey(input.email)),
        inArray(registrations.status, ["pending", "confirmed", "unconfirmed", "waitlisted"]),
      ),
    );
  for (const { id } of found) {
    await inTransaction(db, async (tx) => {
      const locked = await lockRegistration(tx, id);
      if (locked && !locked.erasedAt && ["pending", "confirmed", "unconfirmed", "waitlisted"].includes(locked.status))
        await sendFreshManageLink(tx, id);
    });
  }
  return { ok: true };
}

/** Everything stored about a delegate, as they may download it (no secrets or internal hashes). */
export async function exportRegistrationData(db: Executor, registrationId: number) {
  const [row] = await db
    .select({ registration: registrations, event: events })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(registrations.id, registrationId));
  if (!row) return null;
  const r = row.registration;
  const signups = await db
    .select({ signup: sessionSignups, session: sessions, theme: themes })
    .from(sessionSignups)
    .innerJoin(sessions, eq(sessions.id, sessionSignups.sessionId))
    .leftJoin(themes, eq(themes.id, sessions.themeId))
    .where(eq(sessionSignups.registrationId, registrationId))
    .orderBy(asc(sessions.startsAt));
  const attendance = await db.select().from(checkIns).where(eq(checkIns.registrationId, registrationId));
  const joins = await db.select().from(remoteJoins).where(eq(remoteJoins.registrationId, registrationId)).orderBy(asc(remoteJoins.id));
  const answers = await db
    .select({ question: registrationQuestions.label, answer: registrationAnswers.value })
    .from(registrationAnswers)
    .innerJoin(registrationQuestions, eq(registrationQuestions.id, registrationAnswers.questionId))
    .where(eq(registrationAnswers.registrationId, registrationId))
    .orderBy(asc(registrationQuestions.position));
  const [delegation] = r.delegationId
    ? await db.select({ name: delegations.name }).from(delegations).where(eq(delegations.id, r.delegationId))
    : [];
  const emails = await db
    .select({
      kind: emailOutbox.kind,
      subject: emailOutbox.subject,
      status: emailOutbox.status,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.registrationId, registrationId))
    .orderBy(asc(emailOutbox.id));
  return {
    exportedAt: now().toISOString(),
    dialogue: {
      slug: row.event.slug,
      title: row.event.title,
      city: row.event.city,
      startDate: row.event.startDate,
      endDate: row.event.endDate,
    },
    registration: {
      status: r.status,
      attendance: r.attendance,
      title: r.honorific,
      givenName: r.givenName,
      familyName: r.familyName,
      email: r.email,
      phone: r.phone,
      organisation: r.organisation,
      position: r.position,
      stakeholderGroup: r.stakeholderGroup,
      country: r.countryCode,
      represents: r.represents,
      preferredLanguage: r.preferredLanguage,
      interfaceLanguage: r.locale,
      accessibilityNeeds: r.accessibilityNeeds,
      dietaryRequirements: r.dietaryRequirements,
      specialCategoryDataConsentAt: r.specialDataConsentAt?.toISOString() ?? null,
      privacyNoticeVersion: r.privacyNoticeVersion,
      privacyConsentAt: r.privacyConsentAt.toISOString(),
      emailConfirmedAt: r.emailConfirmedAt?.toISOString() ?? null,
      holdExpiresAt: r.holdExpiresAt?.toISOString() ?? null,
      decisionReason: r.decisionReason,
      decidedAt: r.decidedAt?.toISOString() ?? null,
      cancelledAt: r.cancelledAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      delegation: delegation ? { name: delegation.name, headOfDelegation: r.headOfDelegation } : null,
      badgeRole: r.badgeRole,
      badgePhotoStored: r.photoUploadId !== null,
    },
    answers,
    visaRequest: await ownVisaRequest(db, registrationId),
    sessions: signups.map(({ signup, session, theme }) => ({
      session: session.title,
      theme: theme?.name ?? null,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      room: session.room,
      status: signup.status,
      signedUpAt: signup.createdAt.toISOString(),
    })),
    attendance: attendance.map((c) => ({ day: c.day, sessionId: c.sessionId, checkedInAt: c.checkedInAt.toISOString() })),
    remoteJoins: joins.map((j) => ({ sessionId: j.sessionId, joinedAt: j.joinedAt.toISOString() })),
    emails: emails.map((e) => ({ ...e, createdAt: e.createdAt.toISOString(), sentAt: e.sentAt?.toISOString() ?? null })),
  };
}

/**
 * A delegate erases their personal data: the registration is cancelled (seats go to the waiting
 * lists, in this transaction), then the one erasure (lib/privacy/erasure.ts) removes them from
 * every table; what organisers count (stakeholder group, country, sessions, attendance) stays.
 * The manage and check-in links stop working.
 */
export async function eraseRegistration(db: Database, input: { registrationId: number }): Promise<{ ok: boolean }> {
  return inTransaction(db, async (tx) => {
    const locked = await lockRegistration(tx, input.registrationId);
    if (!locked || locked.erasedAt) return { ok: false };
    if (locked.status !== "cancelled") await cancelLockedRegistration(tx, locked);
    await erasePersonalData(tx, [locked.id], now());
    return { ok: true };
  });
}

/** The dialogue of a registration (its mode and private link decide what a remote delegate may open). */
export async function eventOfRegistration(db: Executor, eventId: number) {
  const [event] = await db.select().from(events).where(eq(events.id, eventId));
  return event ?? null;
}

/** The slug of a dialogue, to refresh its public seat counts after a delegate changed their seats. */
export async function eventSlugOf(db: Executor, eventId: number): Promise<string | undefined> {
  const [event] = await db.select({ slug: events.slug }).from(events).where(eq(events.id, eventId));
  return event?.slug;
}
