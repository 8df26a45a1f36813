import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { events, type NewRegistration, registrations, sessions } from "@/db/schema";

export async function eventBySlug(db: Executor, slug: string) {
  const [event] = await db.select().from(events).where(eq(events.slug, slug));
  if (!event) throw new Error(`No event ${slug}`);
  return event;
}

export async function sessionsOf(db: Executor, eventId: number) {
  return db.select().from(sessions).where(eq(sessions.eventId, eventId)).orderBy(sessions.startsAt, sessions.id);
}

/** A complete, valid registration row; tests override what they are about. */
export function registrationValues(eventId: number, overrides: Partial<NewRegistration> = {}): NewRegistration {
  const unique = randomBytes(6).toString("hex");
  return {
    eventId,
    givenName: "Ana",
    familyName: "Pérez",
    email: `ana.${unique}@example.org`,
    organisation: "Ministerio TIC",
    position: "Advisor",
    stakeholderGroup: "government_lac_country",
    countryCode: "CO",
    represents: "Colombia",
    preferredLanguage: "es",
    privacyNoticeVersion: "test",
    privacyConsentAt: new Date(),
    locale: "es",
    status: "confirmed",
    manageTokenHash: `hash-${unique}`,
    checkInToken: `checkin-${unique}`,
    ...overrides,
  };
}

export async function insertRegistration(db: Executor, eventId: number, overrides: Partial<NewRegistration> = {}) {
  const [row] = await db.insert(registrations).values(registrationValues(eventId, overrides)).returning();
  if (!row) throw new Error("insert failed");
  return row;
}
