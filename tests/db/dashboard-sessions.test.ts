import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, type Event, emailOutbox, sessionSignups, sessions, themes } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { sessionFormSchema } from "@/lib/dashboard/session-schema";
import { sessionFormValues } from "@/lib/dashboard/session-values";
import { deleteSession, saveSession } from "@/lib/dashboard/sessions";
import { deleteTheme } from "@/lib/dashboard/themes";
import { backends, type TestDatabase } from "../support/databases";
import { eventBySlug } from "../support/fixtures";
import { createActor, createSession, signUp } from "./dashboard-support";

describe.each(backends())("organisers' sessions on $name", (backend) => {
  let database: TestDatabase;
  let event: Event;
  let actor: { id: number; email: string };
  beforeAll(async () => {
    database = await backend.create();
    await seedDatabase(database.db);
    event = await eventBySlug(database.db, "digital-alliance-days-2023");
    actor = await createActor(database.db);
  });
  afterAll(async () => database?.dispose());

  async function formFor(sessionId: number, changes: Record<string, string>) {
    const [row] = await database.db.select().from(sessions).where(eq(sessions.id, sessionId));
    return sessionFormSchema.parse({ ...sessionFormValues(row!, event.timeZone), ...changes });
  }

  async function signupStatuses(sessionId: number) {
    const rows = await database.db
      .select({ registrationId: sessionSignups.registrationId, status: sessionSignups.status })
      .from(sessionSignups)
      .where(eq(sessionSignups.sessionId, sessionId))
      .orderBy(sessionSignups.registrationId);
    return rows;
  }

  it("refuses a capacity below the confirmed seats unless the organiser moves the latest to the waiting list", async () => {
    const session = await createSession(database.db, event, 3);
    const first = await signUp(database.db, event, session.id, "confirmed", 1);
    const second = await signUp(database.db, event, session.id, "confirmed", 2);
    const third = await signUp(database.db, event, session.id, "confirmed", 3);

    const refused = await saveSession(database.db, actor, event, await formFor(session.id, { capacity: "1" }));
    expect(refused).toEqual({ status: "belowConfirmed", confirmed: 3 });
    const [unchanged] = await database.db.select().from(sessions).where(eq(sessions.id, session.id));
    expect(unchanged).toMatchObject({ capacity: 3, seatsTaken: 3 });

    const moved = await saveSession(database.db, actor, event, await formFor(session.id, { capacity: "1", moveToWaitlist: "on" }));
    expect(moved).toMatchObject({ status: "saved", demoted: 2, promoted: 0 });
    const [after] = await database.db.select().from(sessions).where(eq(sessions.id, session.id));
    expect(after).toMatchObject({ capacity: 1, seatsTaken: 1 });
    // The most recently confirmed went back to the list; the earliest keeps the seat.
    const statuses = Object.fromEntries((await signupStatuses(session.id)).map((s) => [s.registrationId, s.status]));
    expect(statuses).toEqual({ [first.id]: "confirmed", [second.id]: "waitlisted", [third.id]: "waitlisted" });
    const mails = await database.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "registration.movedToWaitlist"));
    expect(mails.map((m) => m.registrationId).sort()).toEqual([second.id, third.id].sort());
    expect(mails[0]!.subject).toContain("Cambio en su sesión"); // the delegates' own language (es)
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "session"), eq(auditLog.entityId, String(session.id))));
    expect(audit).toMatchObject({ action: "session.update", actorId: actor.id });
    expect(audit!.before).toMatchObject({ capacity: 3 });
    expect(audit!.after).toMatchObject({ capacity: 1, demoted: 2 });
  });

  it("promotes from the waiting list, first come first served, when the capacity rises", async () => {
    const session = await createSession(database.db, event, 1, 11);
    await signUp(database.db, event, session.id, "confirmed", 1);
    const early = await signUp(database.db, event, session.id, "waitlisted", 2);
    const middle = await signUp(database.db, event, session.id, "waitlisted", 3);
    const late = await signUp(database.db, event, session.id, "waitlisted", 4);

    const result = await saveSession(database.db, actor, event, await formFor(session.id, { capacity: "3" }));
    expect(result).toMatchObject({ status: "saved", promoted: 2, demoted: 0 });
    const [after] = await database.db.select().from(sessions).where(eq(sessions.id, session.id));
    expect(after).toMatchObject({ capacity: 3, seatsTaken: 3 });
    const statuses = Object.fromEntries((await signupStatuses(session.id)).map((s) => [s.registrationId, s.status]));
    expect(statuses[early.id]).toBe("confirmed");
    expect(statuses[middle.id]).toBe("confirmed");
    expect(statuses[late.id]).toBe("waitlisted");
    const promotedMails = await database.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "registration.promoted"));
    expect(promotedMails.map((m) => m.registrationId).sort()).toEqual([early.id, middle.id].sort());

    // No limit: everyone waiting gets in.
    await saveSession(database.db, actor, event, await formFor(session.id, { capacity: "" }));
    expect((await signupStatuses(session.id)).every((s) => s.status === "confirmed")).toBe(true);
  });

  it("deletes a session with sign-ups only when told to cancel them, emailing each delegate", async () => {
    const session = await createSession(database.db, event, 5, 13);
    const delegate = await signUp(database.db, event, session.id, "confirmed", 1);
    expect(await deleteSession(database.db, actor, event.id, session.id, false)).toEqual({ status: "hasSignups", active: 1 });
    expect(await database.db.$count(sessions, eq(sessions.id, session.id))).toBe(1);
    expect(await deleteSession(database.db, actor, event.id, session.id, true)).toEqual({ status: "deleted", cancelled: 1 });
    expect(await database.db.$count(sessions, eq(sessions.id, session.id))).toBe(0);
    const mails = await database.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.kind, "registration.sessionCancelled"), eq(emailOutbox.registrationId, delegate.id)));
    expect(mails).toHaveLength(1);
  });

  it("creates sessions in the event's time zone, refuses duplicate names, and keeps sessions when their theme goes", async () => {
    const [theme] = await database.db.select().from(themes).where(eq(themes.eventId, event.id)).limit(1);
    const form = sessionFormSchema.parse({
      sessionSlug: "new-test-session",
      themeId: String(theme!.id),
      titleEn: "Open data lab",
      titleEs: "Laboratorio de datos abiertos",
      kind: "workshop",
      room: "Lab",
      day: event.startDate,
      start: "09:00",
      end: "10:30",
      capacity: "12",
      isStreamed: "on",
      streamUrl: "https://example.org/live",
    });
    const created = await saveSession(database.db, actor, event, form);
    expect(created.status).toBe("saved");
    const [row] = await database.db.select().from(sessions).where(eq(sessions.slug, "new-test-session"));
    // Cartagena is UTC-5: 09:00 there is 14:00 UTC.
    expect(row!.startsAt.toISOString()).toBe(`${event.startDate}T14:00:00.000Z`);
    expect(row).toMatchObject({
      capacity: 12,
      isStreamed: true,
      streamUrl: "https://example.org/live",
      title: { en: "Open data lab", es: "Laboratorio de datos abiertos" },
    });
    expect(await saveSession(database.db, actor, event, form)).toEqual({ status: "slugTaken" });
    expect(sessionFormSchema.safeParse({ ...form, capacity: "-1", start: "10:00", end: "09:00" }).success).toBe(false);

    expect(await deleteTheme(database.db, actor, event.id, theme!.id)).toBe(true);
    const [orphan] = await database.db.select().from(sessions).where(eq(sessions.id, row!.id));
    expect(orphan!.themeId).toBeNull();
  });
});
