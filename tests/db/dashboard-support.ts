import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type Event, sessionSignups, sessions, users } from "@/db/schema";
import { insertRegistration } from "../support/fixtures";

/** An organiser account to act as (audit entries name it). */
export async function createActor(db: Database, role: "admin" | "organiser" | "checkin" = "organiser", name = "Olga Organiser") {
  const email = `${role}.${Math.random().toString(36).slice(2, 8)}@example.org`;
  const [user] = await db.insert(users).values({ email, name, role }).returning();
  return { id: user!.id, email: user!.email };
}

/** A fresh session of the event with the given capacity. */
export async function createSession(db: Database, event: Event, capacity: number | null, hour = 9) {
  const day = event.startDate;
  const [row] = await db
    .insert(sessions)
    .values({
      eventId: event.id,
      slug: `test-${Math.random().toString(36).slice(2, 10)}`,
      title: { en: "Test session", es: "Sesión de prueba" },
      description: { en: "" },
      kind: "workshop",
      room: "Room T",
      startsAt: new Date(`${day}T${String(hour + 5).padStart(2, "0")}:00:00Z`),
      endsAt: new Date(`${day}T${String(hour + 6).padStart(2, "0")}:00:00Z`),
      capacity,
    })
    .returning();
  return row!;
}

/** A delegate holding a confirmed seat (seat counted) or waiting, with a distinct order. */
export async function signUp(
  db: Database,
  event: Event,
  sessionId: number,
  status: "confirmed" | "waitlisted",
  order: number,
  locale = "es",
) {
  const registration = await insertRegistration(db, event.id, { locale, givenName: `Delegate${order}` });
  const at = new Date(Date.UTC(2023, 9, 1, 0, order));
  await db.insert(sessionSignups).values({
    registrationId: registration.id,
    sessionId,
    status,
    confirmedAt: status === "confirmed" ? at : null,
    waitlistedAt: status === "waitlisted" ? at : null,
  });
  if (status === "confirmed") {
    await db
      .update(sessions)
      .set({ seatsTaken: sql`${sessions.seatsTaken} + 1` })
      .where(eq(sessions.id, sessionId));
  }
  return registration;
}
