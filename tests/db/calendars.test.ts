import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Event, emailOutbox, events, sessionSignups, sessions } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { config } from "@/lib/config";
import { eventSettingsValues, updateEventSettings } from "@/lib/dashboard/event-settings";
import { eventSettingsSchema } from "@/lib/dashboard/event-settings-schema";
import { sessionFormSchema } from "@/lib/dashboard/session-schema";
import { sessionFormValues } from "@/lib/dashboard/session-values";
import { saveSession } from "@/lib/dashboard/sessions";
import { queueRegistrationEmail } from "@/lib/email/templates/registration";
import { sessionsCalendar } from "@/lib/programme/calendar";
import { loadProgramme } from "@/lib/programme/programme";
import { registrationCalendar } from "@/lib/registration/registration-calendar";
import { backends, type TestDatabase } from "../support/databases";
import { eventBySlug, insertRegistration } from "../support/fixtures";
import { checkCalendar } from "../support/icalendar";
import { createActor } from "./dashboard-support";

const SLUG = "digital-alliance-days-2023";

describe.each(backends())("calendar files on $name", (backend) => {
  let database: TestDatabase;
  let event: Event;
  const host = () => new URL(config().appUrl).hostname;
  beforeAll(async () => {
    database = await backend.create();
    await seedDatabase(database.db);
    // Long accented text, so that folding has to happen next to multi-byte characters.
    await database.db.update(events).set({ contactEmail: "dialogo@digital-alliance.example" }).where(eq(events.slug, SLUG));
    event = await eventBySlug(database.db, SLUG);
    const [first] = await database.db.select().from(sessions).where(eq(sessions.eventId, event.id)).orderBy(sessions.startsAt).limit(1);
    await database.db
      .update(sessions)
      .set({ title: { en: "Opening", es: "Inauguración: señales, análisis y acción común — ñandú, pingüino, acción, corazón €€€" } })
      .where(eq(sessions.id, first!.id));
  });
  afterAll(async () => database?.dispose());

  async function publicFiles(locale: string) {
    const programme = (await loadProgramme(database.db, SLUG))!;
    return {
      programme,
      whole: sessionsCalendar(programme.event, programme.sessions, locale),
      single: (id: number) => sessionsCalendar(programme.event, [programme.sessions.find((s) => s.id === id)!], locale),
    };
  }

  async function delegateWith(sessionIds: number[]) {
    const registration = await insertRegistration(database.db, event.id, { locale: "es" });
    for (const sessionId of sessionIds) {
      await database.db
        .insert(sessionSignups)
        .values({ registrationId: registration.id, sessionId, status: "confirmed", confirmedAt: new Date() });
    }
    return registration;
  }

  async function attachmentOf(registrationId: number) {
    await queueRegistrationEmail(database.db, registrationId, "confirmed");
    const [mail] = await database.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.registrationId, registrationId), eq(emailOutbox.kind, "registration.confirmed")));
    const ics = mail!.attachments.find((a) => a.filename.endsWith(".ics"))!;
    expect(ics.contentType).toContain("method=PUBLISH");
    return Buffer.from(ics.contentBase64, "base64").toString("utf8");
  }

  it("gives each session one UID, URL and stream link in the public, session, personal and emailed files", async () => {
    const { programme, whole, single } = await publicFiles("es");
    const publicCheck = checkCalendar(whole);
    expect(publicCheck.problems).toEqual([]);
    expect(new Set(publicCheck.entries.map((e) => e.organizer.toLowerCase()))).toEqual(
      new Set(["mailto:dialogo@digital-alliance.example"]),
    );
    expect(publicCheck.entries).toHaveLength(programme.sessions.length);
    expect(publicCheck.entries.find((e) => e.summary.startsWith("Inauguración"))?.summary).toBe(programme.sessions[0]!.title.es);

    const streamed = programme.sessions.find((s, i) => i > 0 && s.streamUrl)!;
    const unstreamed = programme.sessions.find((s) => !s.streamUrl)!;
    const mine = [programme.sessions[0]!, streamed, unstreamed];
    const delegate = await delegateWith(mine.map((s) => s.id));
    const personal = (await registrationCalendar(database.db, delegate.id, "es"))!.ics;
    const emailed = await attachmentOf(delegate.id);

    for (const ics of [personal, emailed, single(streamed.id)]) {
      const { problems, entries } = checkCalendar(ics);
      expect(problems).toEqual([]);
      for (const entry of entries) {
        // The same entry as in the public programme: UID, SEQUENCE, times, URL and description.
        expect(entry).toEqual(publicCheck.entries.find((e) => e.uid === entry.uid));
      }
    }
    const personalEntries = checkCalendar(personal).entries;
    expect(personalEntries.map((e) => e.uid).sort()).toEqual(mine.map((s) => `session-${s.id}@${host()}`).sort());
    const withStream = personalEntries.find((e) => e.uid === `session-${streamed.id}@${host()}`)!;
    expect(withStream.url).toBe(`${config().appUrl}/es/events/${SLUG}/sessions/${streamed.slug}`);
    expect(withStream.description).toContain(streamed.streamUrl!);
  });

  it("raises SEQUENCE when an organiser moves a session, in every file", async () => {
    const actor = await createActor(database.db);
    const { programme } = await publicFiles("en");
    const session = programme.sessions[1]!;
    const delegate = await delegateWith([session.id]);
    const uid = `session-${session.id}@${host()}`;
    const before = checkCalendar((await registrationCalendar(database.db, delegate.id, "en"))!.ics).entries[0]!;

    // Saving with no change keeps the sequence: calendar apps need not re-import.
    const [row] = await database.db.select().from(sessions).where(eq(sessions.id, session.id));
    const values = sessionFormValues(row!, event.timeZone);
    await saveSession(database.db, actor, event, sessionFormSchema.parse({ ...values }));
    const [unchanged] = await database.db.select().from(sessions).where(eq(sessions.id, session.id));
    expect(unchanged!.sequence).toBe(row!.sequence);

    const moved = await saveSession(
      database.db,
      actor,
      event,
      sessionFormSchema.parse({ ...values, start: "16:00", end: "17:00", room: "Salón Barahona" }),
    );
    expect(moved.status).toBe("saved");

    const after = await publicFiles("en");
    const personal = checkCalendar((await registrationCalendar(database.db, delegate.id, "en"))!.ics);
    const publicEntry = checkCalendar(after.whole).entries.find((e) => e.uid === uid)!;
    const sessionEntry = checkCalendar(after.single(session.id)).entries[0]!;
    for (const entry of [personal.entries[0]!, publicEntry, sessionEntry]) {
      expect(entry.uid).toBe(uid);
      expect(entry.sequence).toBeGreaterThan(before.sequence);
      expect(entry.start.getTime()).not.toBe(before.start.getTime());
    }
    expect(publicEntry).toEqual(personal.entries[0]);

    // A new default stream link changes the sessions that show it, and only those.
    const opening = after.programme.sessions[0]!;
    expect(opening.isStreamed && opening.streamUrl === event.streamUrl).toBe(true);
    const sequences = async () =>
      new Map((await database.db.select().from(sessions).where(eq(sessions.eventId, event.id))).map((s) => [s.id, s.sequence]));
    const earlier = await sequences();
    const form = eventSettingsSchema.parse({ ...eventSettingsValues(event), streamUrl: "https://stream.example.org/new" });
    expect(await updateEventSettings(database.db, actor, event.id, form)).not.toBeNull();
    const later = await sequences();
    expect(later.get(opening.id)).toBe(earlier.get(opening.id)! + 1);
    const quiet = after.programme.sessions.find((s) => !s.isStreamed)!;
    expect(later.get(quiet.id)).toBe(earlier.get(quiet.id));
    const reissued = checkCalendar((await publicFiles("en")).single(opening.id)).entries[0]!;
    expect(reissued).toMatchObject({
      sequence: later.get(opening.id),
      description: expect.stringContaining("https://stream.example.org/new"),
    });
  });

  it("offers the dialogue itself, all days long, to a delegate with no session", async () => {
    const delegate = await delegateWith([]);
    for (const ics of [(await registrationCalendar(database.db, delegate.id, "fr"))!.ics, await attachmentOf(delegate.id)]) {
      const { problems, entries } = checkCalendar(ics);
      expect(problems).toEqual([]);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ uid: `event-${event.id}@${host()}`, allDay: true });
      expect(ics).toContain(`DTSTART;VALUE=DATE:${event.startDate.replaceAll("-", "")}`);
      // DTEND of whole days is the day after the last one.
      const dayAfter = new Date(`${event.endDate}T00:00:00Z`);
      dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
      expect(ics).toContain(`DTEND;VALUE=DATE:${dayAfter.toISOString().slice(0, 10).replaceAll("-", "")}`);
    }
    // Without a contact address, the address the app sends from organises.
    const other = await eventBySlug(database.db, "cybersecurity-dialogue-2024");
    expect(other.contactEmail).toBeNull();
    const programme = (await loadProgramme(database.db, other.slug))!;
    const ics = sessionsCalendar(programme.event, programme.sessions, "pt");
    expect(checkCalendar(ics).problems).toEqual([]);
    const sender = /<([^>]+)>/.exec(config().mailFrom)?.[1] ?? config().mailFrom;
    expect(new Set(checkCalendar(ics).entries.map((e) => e.organizer.toLowerCase()))).toEqual(new Set([`mailto:${sender.toLowerCase()}`]));
  });

  it("has no calendar for a registration that is not confirmed", async () => {
    const pending = await insertRegistration(database.db, event.id, { status: "pending" });
    expect(await registrationCalendar(database.db, pending.id, "en")).toBeNull();
  });
});
