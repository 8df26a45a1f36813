import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { events, sessions } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { sessionsCalendar, sessionUid } from "@/lib/programme/calendar";
import { programmeJson, programmeJsonSchema } from "@/lib/programme/json";
import { loadProgramme } from "@/lib/programme/programme";
import { backends, type TestDatabase } from "../support/databases";

describe.each(backends())("public programme on $name", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
    await seedDatabase(database.db);
  });
  afterAll(async () => database?.dispose());

  it("loads a dialogue with its themes in order and sessions by start time", async () => {
    const programme = await loadProgramme(database.db, "digital-alliance-days-2023");
    expect(programme).not.toBeNull();
    expect(programme!.themes.map((t) => t.slug)).toEqual([
      "data-governance",
      "e-governance",
      "cybersecurity",
      "connectivity",
      "artificial-intelligence",
    ]);
    const stored = await database.db.select().from(sessions).where(eq(sessions.eventId, programme!.event.id));
    expect(programme!.sessions).toHaveLength(stored.length);
    const starts = programme!.sessions.map((s) => s.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Streamed sessions without a link of their own use the event's stream; others have none.
    const opening = programme!.sessions.find((s) => s.slug === "opening-plenary")!;
    expect(opening.streamUrl).toBe(programme!.event.streamUrl);
    expect(programme!.sessions.filter((s) => !s.isStreamed).every((s) => s.streamUrl === null)).toBe(true);
  });

  it("hides drafts and unknown slugs", async () => {
    expect(await loadProgramme(database.db, "no-such-dialogue")).toBeNull();
    await database.db.update(events).set({ status: "draft" }).where(eq(events.slug, "cybersecurity-dialogue-2024"));
    expect(await loadProgramme(database.db, "cybersecurity-dialogue-2024")).toBeNull();
    await database.db.update(events).set({ status: "published" }).where(eq(events.slug, "cybersecurity-dialogue-2024"));
  });

  it("exports JSON that matches its documented schema", async () => {
    for (const slug of ["digital-alliance-days-2023", "cybersecurity-dialogue-2024"]) {
      const programme = (await loadProgramme(database.db, slug))!;
      const json = programmeJson(programme, "https://dialogos.example.org/en");
      expect(programmeJsonSchema.safeParse(JSON.parse(JSON.stringify(json))).success).toBe(true);
      expect(json.sessions).toHaveLength(programme.sessions.length);
    }
    const santoDomingo = programmeJson(
      (await loadProgramme(database.db, "cybersecurity-dialogue-2024"))!,
      "https://dialogos.example.org/en",
    );
    expect(santoDomingo.event.themeTerm).toBe("pillar");
    expect(santoDomingo.sessions.find((s) => s.slug === "opening-session")).toMatchObject({
      day: "2024-02-14",
      startsAt: "2024-02-14T13:00:00.000Z",
      theme: null,
    });
  });

  it("exports a calendar whose events parse to the sessions' instants", async () => {
    const programme = (await loadProgramme(database.db, "cybersecurity-dialogue-2024"))!;
    const ics = sessionsCalendar(programme.event, programme.sessions, "es");
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const parsed = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(parsed).toHaveLength(programme.sessions.length);
    for (const session of programme.sessions) {
      const entry = parsed.find((e) => e.uid === sessionUid(session.id))!;
      expect(entry.startDate.toJSDate().toISOString()).toBe(session.startsAt.toISOString());
      expect(entry.endDate.toJSDate().toISOString()).toBe(session.endsAt.toISOString());
      if (session.streamUrl) expect(entry.description).toContain(session.streamUrl);
    }
  });
});
