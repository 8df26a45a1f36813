import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { PG_UNIQUE_VIOLATION, pgErrorCode } from "@/db/errors";
import { type Event, events, type Registration, registrations, sessions } from "@/db/schema";
import { emailKey } from "@/db/schema/email-key";
import type { stakeholderGroup } from "@/db/schema/enums";
import { inTransaction } from "@/db/transaction";
import { now } from "@/lib/clock";
import { claimDelegationPlace } from "@/lib/delegations/quota";
import { queueRegistrationEmail } from "@/lib/email/templates/registration";
import { type AttendanceMode, attendanceFor, capacityFor } from "@/lib/hybrid/modes";
import { localize } from "@/lib/i18n/localize";
import { consumeInvitation, invitationTokenOf, linkInvitation } from "@/lib/invitations/link";
import { PUBLIC_STATUSES } from "@/lib/programme/status";
import { activeQuestionsOfSlug, saveAnswers } from "@/lib/questions/answers";
import { type Answers, withAnswers } from "@/lib/questions/answers-schema";
import { isSlug } from "@/lib/slugs";
import { hashToken, newToken } from "@/lib/tokens";
import type { RegistrationInput } from "@/lib/validation/registration";
import { registrationServerSchema } from "@/lib/validation/registration-server";
import { passportExpiresInTime } from "@/lib/visa/request-schema";
import { saveVisaRequest } from "@/lib/visa/requests";
import { type Availability, activeRegistrationCount, findOverlap, liveHoldCount, registrationAvailability } from "./catalogue";
import { fillEventPlaces, lockEventRow, recordWaitingSignups, waitlistPosition } from "./event-waitlist";
import { expireLockedHold, expireOverdueHolds } from "./holds";
import { sendFreshManageLink } from "./manage-token";
import { PRIVACY_NOTICE_VERSION, type StakeholderGroup } from "./options";
import type { FieldErrors, RegisterContext, RegisterResult } from "./register-result";
import { claimSeat, type SeatOutcome } from "./seats";

// The form's list and the database enum must name the same groups (fails to compile otherwise).
type DbGroup = (typeof stakeholderGroup.enumValues)[number];
const sameGroups: [DbGroup, StakeholderGroup] extends [StakeholderGroup, DbGroup] ? true : never = true;
void sameGroups;

export type { FieldErrors, RegisterContext, RegisterResult } from "./register-result";

class Unavailable extends Error {
  constructor(readonly availability: Exclude<Availability, { open: true }>) {
    super(availability.reason);
  }
}

class TooManyHolds extends Error {}

/** Refused by the invitation or the delegation rules, checked inside the transaction. */
class LinkRefused extends Error {
  constructor(readonly reason: "invitationRequired" | "invitationUsed" | "quotaFull" | "deadlinePassed") {
    super(reason);
  }
}

type RegistrationWithAnswers = RegistrationInput & { answers: Answers };

/**
 * Parses raw form values, with the answers to the dialogue's own questions, and registers: exactly
 * what the registration action runs.
 */
export async function submitRegistration(db: Database, raw: Record<string, unknown>, context: RegisterContext): Promise<RegisterResult> {
  const questions = isSlug(context.eventSlug) ? await activeQuestionsOfSlug(db, context.eventSlug) : [];
  const parsed = withAnswers(registrationServerSchema, questions).safeParse(raw);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      errors[field] = [...(errors[field] ?? []), issue.message];
    }
    return { kind: "invalid", errors };
  }
  return registerDelegate(db, parsed.data, { ...context, invitation: invitationTokenOf(raw.invitation) });
}

/**
 * Registers a delegate for a dialogue and signs them up for sessions, all in one transaction:
 * seats by guarded update (never more than capacity), a waiting list otherwise, the overall
 * capacity under a lock on the event, the email written to the outbox with the change. The new
 * registration is `unconfirmed`: its place and seats are held until `holdExpiresAt`, and the email
 * asks the delegate to confirm their address. A second registration of the same address, or the
 * same submission again, creates nothing.
 */
async function registerDelegate(
  db: Database,
  input: RegistrationWithAnswers,
  context: RegisterContext,
  retried = false,
): Promise<RegisterResult> {
  if (!isSlug(context.eventSlug)) return { kind: "notFound" };
  const [event] = await db
    .select()
    .from(events)
    .where(and(eq(events.slug, context.eventSlug), inArray(events.status, PUBLIC_STATUSES)));
  if (!event) return { kind: "notFound" };
  if (!passportExpiresInTime(input.visa, event.endDate)) return { kind: "invalid", errors: { passportExpiry: ["passportExpiresTooSoon"] } };
  // In person or remote: a hybrid dialogue asks, the others decide for everyone.
  const attendance = attendanceFor(event.participationMode, input.attendance);
  if (!attendance) return { kind: "invalid", errors: { attendance: ["choose"] } };
  // Only the chosen sessions, and only if they belong to this dialogue.
  const found =
    input.sessionIds.length === 0
      ? []
      : await db
          .select()
          .from(sessions)
          .where(and(eq(sessions.eventId, event.id), inArray(sessions.id, input.sessionIds)));
  const byId = new Map(found.map((s) => [s.id, s]));
  const chosen = input.sessionIds.map((id) => byId.get(id));
  if (chosen.some((s) => !s)) return { kind: "invalid", errors: { sessionIds: ["sessions"] } };
  const clash = findOverlap(chosen.map((s) => s!));
  if (clash) {
    return {
      kind: "invalid",
      errors: { sessionIds: ["overlap"] },
      clash: [localize(clash[0].title, context.locale), localize(clash[1].title, context.locale)],
    };
  }

  const manageToken = newToken();
  try {
    return await inTransaction(db, async (tx) => {
      const { event: current, full } = await checkAvailability(tx, event, attendance);
      // The link is used up here, in the registration's transaction: of two registrations racing
      // with one link, one commits and the other finds it used (and nothing of it is kept).
      const inviteeId = context.invitation ? await consumeInvitation(tx, event.id, context.invitation) : null;
      if (context.invitation && inviteeId === null) throw new LinkRefused("invitationUsed");
      // A focal point's member needs no invitation: the delegation's link is theirs.
      if (current.inviteOnly && inviteeId === null && !context.delegation) throw new LinkRefused("invitationRequired");
      const at = now();
      if (context.delegation) {
        if (at > context.delegation.deadline) throw new LinkRefused("deadlinePassed");
        // The quota, claimed like a seat: racing focal-point requests never pass it.
        if (!(await claimDelegationPlace(tx, context.delegation.id))) throw new LinkRefused("quotaFull");
      }
      // A focal point's member holds no place waiting for an address check: the focal point, who
      // holds the organisers' secret link, answers for the address (and a member who never opens
      // the email must not lose the delegation's place an hour later).
      const vouched = context.delegation != null;
      const status = vouched ? (current.requiresApproval ? "pending" : "confirmed") : "unconfirmed";
      const holdExpiresAt = !full && status === "unconfirmed" ? new Date(at.getTime() + current.holdMinutes * 60_000) : null;
      const [created] = await tx
        .insert(registrations)
        .values({
          eventId: event.id,
          honorific: input.honorific ?? null,
          givenName: input.givenName,
          familyName: input.familyName,
          email: input.email,
          phone: input.phone ?? null,
          organisation: input.organisation,
          position: input.position,
          stakeholderGroup: input.stakeholderGroup,
          countryCode: input.countryCode,
          represents: input.represents,
          preferredLanguage: input.preferredLanguage,
          accessibilityNeeds: input.accessibilityNeeds ?? null,
          dietaryRequirements: input.dietaryRequirements ?? null,
          specialDataConsentAt: input.accessibilityNeeds || input.dietaryRequirements ? at : null,
          privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
          privacyConsentAt: at,
          locale: context.locale,
          status: full ? "waitlisted" : status,
          attendance,
          holdExpiresAt,
          manageTokenHash: hashToken(manageToken),
          checkInToken: newToken(),
          submissionKey: input.submissionKey,
          delegationId: context.delegation?.id ?? null,
          createdAt: at,
          updatedAt: at,
        })
        .returning();
      if (!created) throw new Error("Registration insert returned nothing");
      if (inviteeId !== null) await linkInvitation(tx, inviteeId, created.id);
      await saveAnswers(tx, created.id, input.answers);
      // Passport data in its own table (one row for erasure and retention), with its consent's time.
      if (input.visa) await saveVisaRequest(tx, created.id, input.visa, at);
      if (full) return joinWaitlist(tx, created, input.sessionIds, manageToken);
      const seats: Record<number, SeatOutcome> = {};
      // Ascending ids: every transaction locks sessions in the same order, so none deadlock.
      for (const sessionId of [...input.sessionIds].sort((a, b) => a - b)) {
        seats[sessionId] = await claimSeat(tx, created.id, sessionId);
      }
      const signups = chosen
        .map((session) => ({ status: seats[session!.id]!, session: session! }))
        .sort((a, b) => a.session.startsAt.getTime() - b.session.startsAt.getTime() || a.session.id - b.session.id);
      // The first email asks the delegate to confirm their address through their personal link
      // (a focal point's member gets the confirmation, or "received" awaiting approval, with it).
      const kind = status === "unconfirmed" ? "confirmAddress" : status === "pending" ? "received" : "confirmed";
      await queueRegistrationEmail(tx, created.id, kind, {
        manageToken,
        dedupeKey: `registered:${created.id}`,
        summary: { registration: created, event: current, signups },
      });
      return {
        kind: "registered" as const,
        registrationId: created.id,
        status,
        holdExpiresAt,
        manageToken,
        seats,
      };
    });
  } catch (error) {
    if (error instanceof LinkRefused) return { kind: error.reason };
    if (error instanceof Unavailable) return { kind: "unavailable", reason: error.availability.reason };
    if (error instanceof TooManyHolds) {
      // Recorded outside the refused transaction, for the organisers' dashboard.
      await db.update(events).set({ holdsCeilingHitAt: now() }).where(eq(events.id, event.id));
      return { kind: "tooManyHolds" };
    }
    if (pgErrorCode(error) !== PG_UNIQUE_VIOLATION) throw error;
    const outcome = await handleDuplicate(db, event.id, input);
    // The address's earlier registration was an overdue hold, now expired: this one may go ahead.
    if (outcome === "retry" && !retried) return registerDelegate(db, input, context, true);
    return outcome === "retry" ? { kind: "alreadyRegistered" } : outcome;
  }
}

/**
 * Checks, inside the registration's transaction, that the dialogue takes registrations, and whether
 * the new one gets a place or joins the waiting list: overdue holds are expired first (their places
 * go back and the list moves up before anyone counts), then, under the lock on the event, a place is
 * free only if the list is empty and live registrations are under the capacity; the waiting list is
 * joined otherwise. In-person and remote places have capacities and lists of their own. Live
 * unconfirmed holds stay under the dialogue's ceiling.
 */
async function checkAvailability(tx: Executor, event: Event, attendance: AttendanceMode): Promise<{ event: Event; full: boolean }> {
  let fields = event;
  if (capacityFor(event, attendance) != null) {
    // The overall cap: registrations of this event queue on its row, then count.
    const locked = await lockEventRow(tx, event.id);
    if (locked) fields = locked;
  }
  await expireOverdueHolds(tx, { eventId: event.id });
  const at = now();
  const availability = registrationAvailability(fields, at);
  if (!availability.open) throw new Unavailable(availability);
  const capacity = capacityFor(fields, attendance);
  if (capacity != null) {
    // Places freed by a capacity raise or an expiry go to those already waiting, never past them.
    await fillEventPlaces(tx, event.id);
    if ((await activeRegistrationCount(tx, event.id, at, attendance)) >= capacity) return { event: fields, full: true };
  }
  // A soft ceiling (not under a lock unless the event has a capacity): it stops floods, not people.
  if ((await liveHoldCount(tx, event.id, at)) >= fields.maxUnconfirmedHolds) throw new TooManyHolds();
  return { event: fields, full: false };
}

/** The new registration waits in line: its sessions are noted, nothing is claimed, the email tells its place. */
async function joinWaitlist(tx: Executor, created: Registration, sessionIds: number[], manageToken: string): Promise<RegisterResult> {
  await recordWaitingSignups(tx, created.id, sessionIds);
  const position = await waitlistPosition(tx, created);
  await queueRegistrationEmail(tx, created.id, "joinedWaitlist", { manageToken, position, dedupeKey: `registered:${created.id}` });
  return { kind: "waitlisted", registrationId: created.id, position, manageToken };
}

/** A unique violation: the same submission again, or an address that is already registered. */
async function handleDuplicate(db: Database, eventId: number, input: RegistrationInput): Promise<RegisterResult | "retry"> {
  const [sameSubmission] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(eq(registrations.submissionKey, input.submissionKey));
  if (sameSubmission) return { kind: "resubmitted", registrationId: sameSubmission.id };
  const expired = await inTransaction(db, async (tx) => {
    const [existing] = await tx
      .select({
        id: registrations.id,
        eventId: registrations.eventId,
        status: registrations.status,
        holdExpiresAt: registrations.holdExpiresAt,
      })
      .from(registrations)
      .where(
        and(
          eq(registrations.eventId, eventId),
          eq(registrations.emailKey, emailKey(input.email)),
          inArray(registrations.status, ["pending", "confirmed", "unconfirmed", "rejected", "waitlisted"]),
        ),
      )
      .for("update");
    if (!existing) return false;
    if (existing.status === "unconfirmed" && existing.holdExpiresAt && existing.holdExpiresAt <= now()) {
      await expireLockedHold(tx, existing);
      return true;
    }
    await sendFreshManageLink(tx, existing.id);
    return false;
  });
  if (expired) return "retry";
  return { kind: "alreadyRegistered" };
}
