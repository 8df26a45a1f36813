import "server-only";
import { and, asc, eq, inArray, lt } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { emailOutbox, events, registrations, users, visaRequests } from "@/db/schema";
import type { Role } from "@/lib/auth/roles";
import type { VisaRequestInput } from "./request-schema";

/**
 * Passport data is for administrators alone: every read of it here takes the caller and refuses any
 * other role, whatever page or action asked (organisers and check-in staff never see it).
 */
export class VisaDataForbidden extends Error {
  override name = "VisaDataForbidden";
}

export type VisaReader = { id: number; role: Role };

export function assertAdministrator(user: VisaReader): void {
  if (user.role !== "admin") throw new VisaDataForbidden("Only administrators may read visa requests.");
}

/** Kind of the outbox message that carries a letter (drawn at send time from sealed data). */
export const VISA_LETTER_EMAIL = "visa.letter";

/** Stores the request in the registration's transaction (the caller checked the consent). */
export async function saveVisaRequest(tx: Executor, registrationId: number, request: VisaRequestInput, at: Date): Promise<void> {
  await tx.insert(visaRequests).values({ registrationId, ...request, consentAt: at, createdAt: at });
}

/** The dialogue's requests for the administrators' list: who, nationality, expiry, letter issued or not. */
export async function visaRequestsOfEvent(db: Executor, user: VisaReader, eventId: number) {
  assertAdministrator(user);
  return db
    .select({
      registrationId: visaRequests.registrationId,
      givenName: registrations.givenName,
      familyName: registrations.familyName,
      nationality: visaRequests.nationality,
      passportExpiry: visaRequests.passportExpiry,
      letterIssuedAt: visaRequests.letterIssuedAt,
      issuedBy: users.email,
    })
    .from(visaRequests)
    .innerJoin(registrations, eq(registrations.id, visaRequests.registrationId))
    .leftJoin(users, eq(users.id, visaRequests.letterIssuedById))
    .where(eq(registrations.eventId, eventId))
    .orderBy(asc(registrations.sortName), asc(registrations.id));
}

/** One registration's request with its passport data (the registration page, the letter), or null. */
export async function visaRequestOfRegistration(db: Executor, user: VisaReader, eventId: number, registrationId: number) {
  assertAdministrator(user);
  const [row] = await db
    .select({ request: visaRequests })
    .from(visaRequests)
    .innerJoin(registrations, eq(registrations.id, visaRequests.registrationId))
    .where(and(eq(registrations.eventId, eventId), eq(visaRequests.registrationId, registrationId)));
  return row?.request ?? null;
}

/**
 * The delegate's own request, for the copy of their data they download with their personal link
 * (their right of access): the data subject is the one reader besides the administrators.
 */
export async function ownVisaRequest(db: Executor, registrationId: number) {
  const [row] = await db
    .select({
      passportNumber: visaRequests.passportNumber,
      nationality: visaRequests.nationality,
      dateOfBirth: visaRequests.dateOfBirth,
      passportExpiry: visaRequests.passportExpiry,
      consentAt: visaRequests.consentAt,
      letterIssuedAt: visaRequests.letterIssuedAt,
    })
    .from(visaRequests)
    .where(eq(visaRequests.registrationId, registrationId));
  return row ? { ...row, consentAt: row.consentAt.toISOString(), letterIssuedAt: row.letterIssuedAt?.toISOString() ?? null } : null;
}

/** Whether a registration has a request (the delegate's own page: no passport data read). */
export async function hasVisaRequest(db: Executor, registrationId: number): Promise<boolean> {
  const [row] = await db.select({ id: visaRequests.id }).from(visaRequests).where(eq(visaRequests.registrationId, registrationId));
  return Boolean(row);
}

/**
 * Deletes the requests of these registrations and any letter still waiting in the outbox (its
 * sealed data holds the passport number; sent ones keep none). Erasure, retention and the
 * delegate's own withdrawal all come here.
 */
export async function deleteVisaRequests(tx: Executor, registrationIds: readonly number[]): Promise<number> {
  if (registrationIds.length === 0) return 0;
  const ids = [...registrationIds];
  await tx
    .delete(emailOutbox)
    .where(and(eq(emailOutbox.kind, VISA_LETTER_EMAIL), inArray(emailOutbox.registrationId, ids), inArray(emailOutbox.status, unsent)));
  const deleted = await tx.delete(visaRequests).where(inArray(visaRequests.registrationId, ids)).returning({ id: visaRequests.id });
  return deleted.length;
}
const unsent = ["pending", "sending", "failed", "unsent"] as const;

/** Registrations whose dialogue ended before `lastDay` (YYYY-MM-DD) and that still hold a request. */
export async function requestsPastRetention(tx: Executor, lastDay: string): Promise<number[]> {
  const rows = await tx
    .select({ registrationId: visaRequests.registrationId })
    .from(visaRequests)
    .innerJoin(registrations, eq(registrations.id, visaRequests.registrationId))
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(lt(events.endDate, lastDay))
    .orderBy(asc(visaRequests.registrationId))
    .for("update", { of: visaRequests, skipLocked: true });
  return rows.map((row) => row.registrationId);
}

/** Whether the registration `id` of this event has a request (actions' ownership check; reads no passport data). */
export async function isEventVisaRequest(db: Executor, eventId: number, registrationId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: visaRequests.id })
    .from(visaRequests)
    .innerJoin(registrations, eq(registrations.id, visaRequests.registrationId))
    .where(and(eq(registrations.eventId, eventId), eq(visaRequests.registrationId, registrationId)));
  return Boolean(row);
}
