import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { emailOutbox, events, registrations, sessionSignups, sessions } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { type Backend, backends, type TestDatabase } from "./databases";

export const CARTAGENA = "digital-alliance-days-2023";
export const SANTO_DOMINGO = "cybersecurity-dialogue-2024";

/** Raw form values of a valid registration (what the browser posts), with overrides. */
export function formValues(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    submissionKey: randomUUID(),
    honorific: "dr",
    givenName: "Ana",
    familyName: "Pérez",
    email: `ana.${randomUUID().slice(0, 8)}@example.org`,
    phone: "+57 601 3443460",
    organisation: "Ministerio TIC",
    position: "Advisor",
    stakeholderGroup: "government_lac_country",
    countryCode: "CO",
    represents: "Colombia",
    preferredLanguage: "es",
    privacyConsent: "on",
    sessionIds: [],
    ...overrides,
  };
}

/** A migrated and seeded database on each backend. */
export function seededBackends(): Backend[] {
  return backends().map((backend) => ({
    name: backend.name,
    async create(): Promise<TestDatabase> {
      const database = await backend.create();
      await seedDatabase(database.db);
      return database;
    },
  }));
}

export async function eventId(db: Database, slug: string): Promise<number> {
  const [row] = await db.select({ id: events.id }).from(events).where(eq(events.slug, slug));
  if (!row) throw new Error(`no event ${slug}`);
  return row.id;
}

let nextSlot = 0;

/** A new session of an event, at a time of its own unless given. */
export async function addSession(
  db: Database,
  slug: string,
  values: { capacity: number | null; startsAt?: Date; endsAt?: Date; title?: string },
) {
  const id = await eventId(db, slug);
  // Each new session gets its own two hours, so none overlap unless a test says so.
  const startsAt = values.startsAt ?? new Date(Date.UTC(2030, 0, 1, 9) + nextSlot++ * 2 * 3_600_000);
  const [row] = await db
    .insert(sessions)
    .values({
      eventId: id,
      slug: `test-${randomUUID().slice(0, 8)}`,
      title: { en: values.title ?? "Test session", es: values.title ?? "Sesión de prueba" },
      description: { en: "A session for tests" },
      kind: "working_group",
      room: "Room T",
      startsAt,
      endsAt: values.endsAt ?? new Date(startsAt.getTime() + 90 * 60_000),
      capacity: values.capacity,
    })
    .returning();
  return row!;
}

export async function signupCounts(db: Database, sessionId: number) {
  const rows = await db
    .select({ status: sessionSignups.status, n: sql<number>`count(*)::int` })
    .from(sessionSignups)
    .where(eq(sessionSignups.sessionId, sessionId))
    .groupBy(sessionSignups.status);
  const counts = { confirmed: 0, waitlisted: 0, cancelled: 0 };
  for (const row of rows) counts[row.status] = row.n;
  const [session] = await db.select({ seatsTaken: sessions.seatsTaken }).from(sessions).where(eq(sessions.id, sessionId));
  return { ...counts, seatsTaken: session!.seatsTaken };
}

/** Row counts that must not move when an input is refused. */
export async function footprint(db: Database) {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(registrations);
  const [s] = await db.select({ n: sql<number>`count(*)::int` }).from(sessionSignups);
  const [e] = await db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox);
  const [t] = await db.select({ n: sql<number>`coalesce(sum(seats_taken), 0)::int` }).from(sessions);
  return { registrations: r!.n, signups: s!.n, emails: e!.n, seats: t!.n };
}

/** The delegate presses "Confirm my registration" on the page their emailed link opens. */
export async function confirmAddress(db: Database, registrationId: number) {
  const { confirmRegistrationAddress } = await import("@/lib/registration/holds");
  return confirmRegistrationAddress(db, { registrationId });
}

/**
 * Registers and confirms the address at once, as a delegate who clicked their link: for tests
 * about what happens after (seats, waiting lists, decisions), not about the hold itself.
 */
export async function registerConfirmed(db: Database, values: Record<string, unknown>, context: { eventSlug: string; locale: string }) {
  const { submitRegistration } = await import("@/lib/registration");
  const result = await submitRegistration(db, formValues(values), context);
  if (result.kind === "registered") await confirmAddress(db, result.registrationId);
  return result;
}
