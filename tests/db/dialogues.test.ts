import { and, asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, type Event, events, registrations, sessions, themes } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { CapacityBelowConfirmed, eventSettingsValues, updateEventSettings } from "@/lib/dashboard/event-settings";
import { eventSettingsSchema } from "@/lib/dashboard/event-settings-schema";
import { cloneDialogue, setDialogueStatus } from "@/lib/dialogues/clone";
import { createDialogue } from "@/lib/dialogues/create";
import { dialogueDetailsSchema, newDialogueSchema } from "@/lib/dialogues/dialogue-schema";
import { updateDialogueDetails } from "@/lib/dialogues/edit";
import { backends, type TestDatabase } from "../support/databases";
import { eventBySlug, insertRegistration } from "../support/fixtures";
import { createActor } from "./dashboard-support";

const lima = {
  dialogueSlug: "ai-dialogue-lima-2027",
  titleEn: "EU-LAC Dialogue on Artificial Intelligence",
  titleEs: "Diálogo UE-ALC sobre Inteligencia Artificial",
  city: "Lima",
  countryCode: "pe",
  venue: "Centro de Convenciones de Lima, Av. Arqueología 206",
  timeZone: "America/Lima",
  startDate: "2027-03-10",
  endDate: "2027-03-11",
  registrationOpensAt: "2027-01-10T09:00",
  capacity: "300",
  holdMinutes: "45",
  contactEmail: "ai@example.org",
};

function detailsOf(event: Event, overrides: Record<string, string> = {}) {
  return {
    dialogueSlug: event.slug,
    titleEn: event.title.en,
    titleEs: event.title.es ?? "",
    city: event.city,
    countryCode: event.countryCode,
    venue: event.venue.en,
    timeZone: event.timeZone,
    startDate: event.startDate,
    endDate: event.endDate,
    ...overrides,
  };
}

/** What a refusal must leave alone: the dialogue rows and their sessions' times. */
async function snapshot(database: TestDatabase) {
  const rows = await database.db.select().from(events).orderBy(asc(events.id));
  const times = await database.db.select({ id: sessions.id, startsAt: sessions.startsAt }).from(sessions).orderBy(asc(sessions.id));
  return JSON.stringify({ rows, times });
}

describe.each(backends())("dialogues as data on $name", (backend) => {
  let database: TestDatabase;
  let cartagena: Event;
  let actor: { id: number; email: string };

  beforeAll(async () => {
    database = await backend.create();
    await seedDatabase(database.db);
    cartagena = await eventBySlug(database.db, "digital-alliance-days-2023");
    actor = await createActor(database.db, "admin");
  });
  afterAll(async () => database?.dispose());

  it("creates a dialogue as an audited draft, its window read in its own zone, and publishes it", async () => {
    const created = await createDialogue(database.db, actor, newDialogueSchema.parse(lima));
    if (created.status !== "created") throw new Error(JSON.stringify(created));
    expect(created.event).toMatchObject({
      status: "draft",
      countryCode: "PE",
      timeZone: "America/Lima",
      title: { en: lima.titleEn, es: lima.titleEs },
      capacity: 300,
      holdMinutes: 45,
      contactEmail: "ai@example.org",
    });
    // Lima is UTC−5.
    expect(created.event.registrationOpensAt?.toISOString()).toBe("2027-01-10T14:00:00.000Z");
    const published = await setDialogueStatus(database.db, actor, created.event.id, "published");
    expect(published?.status).toBe("published");
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.eventId, created.event.id));
    expect(audit.map((entry) => entry.action).sort()).toEqual(["event.create", "event.status"]);
  });

  it("refuses a new dialogue whose slug is taken, writing nothing", async () => {
    const before = await snapshot(database);
    const result = await createDialogue(database.db, actor, newDialogueSchema.parse({ ...lima, dialogueSlug: cartagena.slug }));
    expect(result).toEqual({ status: "refused", errors: { dialogueSlug: ["slugTaken"] } });
    expect(await snapshot(database)).toBe(before);
  });

  it.each([
    ["an end before the start", { endDate: "2023-11-26" }, "endDate", "endBeforeStart"],
    ["an unknown time zone", { timeZone: "America/Atlantis" }, "timeZone", "timeZone"],
    ["a slug with spaces", { dialogueSlug: "my dialogue" }, "dialogueSlug", "slug"],
    ["no Spanish title", { titleEs: " " }, "titleEs", "required"],
    ["a made-up day", { startDate: "27/11/2023" }, "startDate", "date"],
  ])("refuses %s with a field error", (_label, overrides, field, key) => {
    const parsed = dialogueDetailsSchema.safeParse(detailsOf(cartagena, overrides));
    expect(parsed.success).toBe(false);
    const errors = parsed.error!.issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message);
    expect(errors).toContain(key);
  });

  it.each([
    ["a slug in use", { dialogueSlug: "cybersecurity-dialogue-2024" }, { dialogueSlug: ["slugTaken"] }],
    ["days that leave sessions out", { startDate: "2023-11-28" }, { startDate: [expect.stringMatching(/^sessionsOutside:\d+$/)] }],
    [
      "a zone that moves sessions off the days",
      { timeZone: "Asia/Tokyo" },
      { startDate: [expect.stringMatching(/^sessionsOutside:\d+$/)] },
    ],
  ])("refuses %s, database unchanged", async (_label, overrides, errors) => {
    const before = await snapshot(database);
    const result = await updateDialogueDetails(
      database.db,
      actor,
      cartagena.id,
      dialogueDetailsSchema.parse(detailsOf(cartagena, overrides)),
    );
    expect(result).toEqual({ status: "refused", errors });
    expect(await snapshot(database)).toBe(before);
  });

  it("says how many sessions would fall outside shorter days", async () => {
    const [row] = await database.db.select({ n: count() }).from(sessions).where(eq(sessions.eventId, cartagena.id));
    const onLastDay = (await database.db.select().from(sessions).where(eq(sessions.eventId, cartagena.id))).filter(
      (s) => s.startsAt.toISOString().slice(0, 10) === cartagena.endDate,
    ).length;
    expect(row!.n).toBeGreaterThan(onLastDay);
    const result = await updateDialogueDetails(
      database.db,
      actor,
      cartagena.id,
      dialogueDetailsSchema.parse(detailsOf(cartagena, { endDate: "2023-11-28" })),
    );
    expect(result).toEqual({ status: "refused", errors: { startDate: [`sessionsOutside:${onLastDay}`] } });
  });

  it("refuses a capacity below the confirmed registrations, database unchanged", async () => {
    const santo = await eventBySlug(database.db, "cybersecurity-dialogue-2024");
    for (let i = 0; i < 3; i++) await insertRegistration(database.db, santo.id, { status: "confirmed" });
    const form = eventSettingsSchema.parse({ ...eventSettingsValues(santo), capacity: "2" });
    await expect(updateEventSettings(database.db, actor, santo.id, form)).rejects.toBeInstanceOf(CapacityBelowConfirmed);
    expect((await eventBySlug(database.db, santo.slug)).capacity).toBe(santo.capacity);
    const saved = await updateEventSettings(
      database.db,
      actor,
      santo.id,
      eventSettingsSchema.parse({ ...eventSettingsValues(santo), capacity: "3" }),
    );
    expect(saved?.capacity).toBe(3);
  });

  it("clones Cartagena 2023 into a Lima draft: themes and sessions at the same local hours on the new days, no registrations", async () => {
    await insertRegistration(database.db, cartagena.id, { status: "confirmed" });
    const result = await cloneDialogue(database.db, actor, cartagena.id, {
      newSlug: "lima-2027",
      newStartDate: "2027-05-03",
      newTimeZone: "America/Lima",
    });
    if (result?.status !== "created") throw new Error(JSON.stringify(result));
    const copy = result.event;
    expect(copy).toMatchObject({
      status: "draft",
      timeZone: "America/Lima",
      startDate: "2027-05-03",
      endDate: "2027-05-05",
      city: cartagena.city,
    });
    const sourceThemes = await database.db.select().from(themes).where(eq(themes.eventId, cartagena.id));
    const copiedThemes = await database.db.select().from(themes).where(eq(themes.eventId, copy.id));
    expect(copiedThemes.map((t) => t.slug).sort()).toEqual(sourceThemes.map((t) => t.slug).sort());

    const source = await database.db.select().from(sessions).where(eq(sessions.eventId, cartagena.id)).orderBy(asc(sessions.slug));
    const copied = await database.db.select().from(sessions).where(eq(sessions.eventId, copy.id)).orderBy(asc(sessions.slug));
    expect(copied).toHaveLength(source.length);
    const local = (instant: Date, timeZone: string) =>
      new Intl.DateTimeFormat("en-CA", { timeZone, dateStyle: "short", timeStyle: "short", hourCycle: "h23" }).format(instant);
    for (const [i, session] of copied.entries()) {
      const original = source[i]!;
      expect(session.seatsTaken).toBe(0);
      // Bogotá and Lima are both UTC−5: the same wall-clock time is the same UTC hour, 1253 days later.
      const [day, time] = local(original.startsAt, "America/Bogota").split(", ");
      const shiftedDay = new Date(Date.parse(`${day}T00:00:00Z`) + 1253 * 86_400_000).toISOString().slice(0, 10);
      expect(local(session.startsAt, "America/Lima")).toBe(`${shiftedDay}, ${time}`);
      if (original.themeId !== null) {
        const theme = copiedThemes.find((t) => t.id === session.themeId);
        expect(theme?.slug).toBe(sourceThemes.find((t) => t.id === original.themeId)?.slug);
      }
    }
    const nine = source.find((s) => local(s.startsAt, "America/Bogota").endsWith("09:00"));
    if (nine) expect(local(copied[source.indexOf(nine)]!.startsAt, "America/Lima").endsWith("09:00")).toBe(true);
    const [regs] = await database.db.select({ n: count() }).from(registrations).where(eq(registrations.eventId, copy.id));
    expect(regs!.n).toBe(0);
  });

  it("clones into Madrid: 09:00 in Bogotá becomes 09:00 in Madrid, not the same instant", async () => {
    const result = await cloneDialogue(database.db, actor, cartagena.id, {
      newSlug: "madrid-2027",
      newStartDate: "2027-06-07",
      newTimeZone: "Europe/Madrid",
    });
    if (result?.status !== "created") throw new Error("not created");
    const [first] = await database.db
      .select()
      .from(sessions)
      .where(eq(sessions.eventId, result.event.id))
      .orderBy(asc(sessions.startsAt))
      .limit(1);
    const [original] = await database.db
      .select()
      .from(sessions)
      .where(eq(sessions.eventId, cartagena.id))
      .orderBy(asc(sessions.startsAt))
      .limit(1);
    const clock = (instant: Date, timeZone: string) => new Intl.DateTimeFormat("en-GB", { timeZone, timeStyle: "short" }).format(instant);
    expect(clock(first!.startsAt, "Europe/Madrid")).toBe(clock(original!.startsAt, "America/Bogota"));
    expect(
      await cloneDialogue(database.db, actor, cartagena.id, { newSlug: "madrid-2027", newStartDate: "2027-06-07", newTimeZone: null }),
    ).toEqual({
      status: "refused",
      errors: { newSlug: ["slugTaken"] },
    });
  });

  it("shifts the sessions along with new days when asked, audited with before and after", async () => {
    const result = await updateDialogueDetails(
      database.db,
      actor,
      cartagena.id,
      dialogueDetailsSchema.parse({
        ...detailsOf(cartagena, { startDate: "2024-11-25", endDate: "2024-11-27", city: "Cartagena" }),
        shiftSessions: "on",
      }),
    );
    if (result?.status !== "saved") throw new Error(JSON.stringify(result));
    expect(result.event).toMatchObject({ startDate: "2024-11-25", endDate: "2024-11-27", city: "Cartagena" });
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "event.details"), eq(auditLog.eventId, cartagena.id)));
    expect(entry).toMatchObject({
      before: expect.objectContaining({ startDate: "2023-11-27" }),
      after: expect.objectContaining({ startDate: "2024-11-25", sessionsShifted: true }),
    });
  });
});
