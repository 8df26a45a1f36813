import { asc, count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { auditLog, type Event, events, registrationQuestions, sessions, themes } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { fieldErrors } from "@/lib/actions/state";
import { CapacityBelowConfirmed, eventSettingsValues, updateEventSettings } from "@/lib/dashboard/event-settings";
import { eventSettingsSchema } from "@/lib/dashboard/event-settings-schema";
import { cloneDialogue } from "@/lib/dialogues/clone";
import { createDialogue } from "@/lib/dialogues/create";
import { cloneDialogueSchema, dialogueDetailsSchema, newDialogueSchema } from "@/lib/dialogues/dialogue-schema";
import { dialogueDetailsValues, updateDialogueDetails } from "@/lib/dialogues/edit";
import { saveQuestion } from "@/lib/questions/editor";
import { questionFormSchema } from "@/lib/questions/editor-schema";
import { CONTROL_CHARACTERS_ERROR } from "@/lib/validation/text";
import { backends, type TestDatabase } from "../support/databases";
import { eventBySlug, insertRegistration } from "../support/fixtures";
import { createActor } from "./dashboard-support";

type Fields = Record<string, string>;
type Outcome = { errors: Record<string, string[]> } | { ok: true };

/**
 * What an organiser's post goes through on the server, less the session check: the form's own zod
 * schema, then the lib function in its transaction; a refusal comes back as field errors. A throw
 * here would be a 500.
 */
async function post<S extends z.ZodType>(schema: S, raw: Fields, run: (data: z.output<S>) => Promise<unknown>): Promise<Outcome> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  const result = (await run(parsed.data)) as { status?: string; errors?: Record<string, string[]> } | null;
  if (result === null) return { errors: { form: ["notFound"] } };
  return result.status === "refused" ? { errors: result.errors! } : { ok: true };
}

const newLima: Fields = {
  dialogueSlug: "ai-dialogue-lima-2027",
  titleEn: "Dialogue on Artificial Intelligence",
  titleEs: "Diálogo sobre Inteligencia Artificial",
  city: "Lima",
  countryCode: "PE",
  venue: "Centro de Convenciones de Lima",
  timeZone: "America/Lima",
  startDate: "2027-03-10",
  endDate: "2027-03-11",
};

describe.each(backends())("bad input to the dialogue forms and the question editor on $name", (backend) => {
  let database: TestDatabase;
  let cartagena: Event;
  let santo: Event;
  let actor: { id: number; email: string };

  /** Everything a refused post must leave as it was. */
  async function snapshot() {
    const db = database.db;
    const [rows, times, themeRows, questions, [audit]] = await Promise.all([
      db.select().from(events).orderBy(asc(events.id)),
      db.select({ id: sessions.id, startsAt: sessions.startsAt, endsAt: sessions.endsAt }).from(sessions).orderBy(asc(sessions.id)),
      db.select({ id: themes.id }).from(themes).orderBy(asc(themes.id)),
      db.select().from(registrationQuestions).orderBy(asc(registrationQuestions.id)),
      db.select({ n: count() }).from(auditLog),
    ]);
    return JSON.stringify({ rows, times, themeRows, questions, audit });
  }

  beforeAll(async () => {
    database = await backend.create();
    await seedDatabase(database.db);
    cartagena = await eventBySlug(database.db, "digital-alliance-days-2023");
    santo = await eventBySlug(database.db, "cybersecurity-dialogue-2024");
    actor = await createActor(database.db, "admin");
    for (let i = 0; i < 2; i++) await insertRegistration(database.db, santo.id, { status: "confirmed" });
  });
  afterAll(async () => database?.dispose());

  const details = (overrides: Fields) => ({ ...dialogueDetailsValues(cartagena), ...overrides });

  it.each<[string, () => Promise<Outcome>, string, string | RegExp]>([
    [
      "a new dialogue ending before it starts",
      () => post(newDialogueSchema, { ...newLima, endDate: "2027-03-09" }, create),
      "endDate",
      "endBeforeStart",
    ],
    [
      "a new dialogue in a zone that does not exist",
      () => post(newDialogueSchema, { ...newLima, timeZone: "America/Atlantis" }, create),
      "timeZone",
      "timeZone",
    ],
    [
      "a new dialogue with a slug in use",
      () => post(newDialogueSchema, { ...newLima, dialogueSlug: "digital-alliance-days-2023" }, create),
      "dialogueSlug",
      "slugTaken",
    ],
    ["a new dialogue with no Spanish title", () => post(newDialogueSchema, { ...newLima, titleEs: "" }, create), "titleEs", "required"],
    [
      "a new dialogue on a made-up day",
      () => post(newDialogueSchema, { ...newLima, startDate: "2027-02-30x" }, create),
      "startDate",
      "date",
    ],
    [
      "a new dialogue whose registration closes before it opens",
      () =>
        post(newDialogueSchema, { ...newLima, registrationOpensAt: "2027-02-01T09:00", registrationClosesAt: "2027-01-01T09:00" }, create),
      "registrationClosesAt",
      "closesBeforeOpens",
    ],
    [
      "edited details ending before the start",
      () => post(dialogueDetailsSchema, details({ endDate: "2023-11-26" }), edit),
      "endDate",
      "endBeforeStart",
    ],
    [
      "edited details in a zone that does not exist",
      () => post(dialogueDetailsSchema, details({ timeZone: "Mars/Olympus_Mons" }), edit),
      "timeZone",
      "timeZone",
    ],
    [
      "edited details with another dialogue's slug",
      () => post(dialogueDetailsSchema, details({ dialogueSlug: "cybersecurity-dialogue-2024" }), edit),
      "dialogueSlug",
      "slugTaken",
    ],
    [
      "new dates that leave sessions outside (offering the shift)",
      () => post(dialogueDetailsSchema, details({ startDate: "2024-11-25", endDate: "2024-11-27" }), edit),
      "startDate",
      /^sessionsOutside:\d+$/,
    ],
    ["a capacity below the confirmed count", () => settings({ capacity: "1" }), "capacity", "capacityBelowConfirmed"],
    ["a capacity of zero", () => settings({ capacity: "0" }), "capacity", "capacity"],
    [
      "a clone with a slug in use",
      () => post(cloneDialogueSchema, { newSlug: "cybersecurity-dialogue-2024", newStartDate: "2027-01-04" }, clone),
      "newSlug",
      "slugTaken",
    ],
    [
      "a clone with a malformed slug",
      () => post(cloneDialogueSchema, { newSlug: "Lima 2027!", newStartDate: "2027-01-04" }, clone),
      "newSlug",
      "slug",
    ],
    [
      "a clone in a zone that does not exist",
      () => post(cloneDialogueSchema, { newSlug: "lima-2027", newStartDate: "2027-01-04", newTimeZone: "Europe/Atlantis" }, clone),
      "newTimeZone",
      "timeZone",
    ],
    [
      "a clone without a first day",
      () => post(cloneDialogueSchema, { newSlug: "lima-2027", newStartDate: "" }, clone),
      "newStartDate",
      "date",
    ],
    [
      "a question without an English label",
      () => question({ kind: "short_text", labelEn: " ", labelEs: "¿Delegación?" }),
      "labelEn",
      "required",
    ],
    ["a question of a kind that does not exist", () => question({ kind: "essay", labelEn: "Essay" }), "kind", "kind"],
    ["a choice question without options", () => question({ kind: "single_choice", labelEn: "Track" }), "optionsEn", "optionsRequired"],
    [
      "a choice question with an option twice",
      () => question({ kind: "multiple_choice", labelEn: "Topics", optionsEn: "AI\nAI" }),
      "optionsEn",
      "optionsRepeated",
    ],
    [
      "translated options that do not match the English ones",
      () => question({ kind: "single_choice", labelEn: "Track", optionsEn: "A\nB", optionsEs: "A" }),
      "optionsEs",
      "optionsMismatch",
    ],
    ["a label of 301 characters", () => question({ kind: "short_text", labelEn: "x".repeat(301) }), "labelEn", "tooLong"],
    [
      "a label with a control character",
      () => question({ kind: "short_text", labelEn: "Bell\u0007" }),
      "labelEn",
      CONTROL_CHARACTERS_ERROR,
    ],
    ["an edit of another dialogue's question", () => question({ kind: "short_text", labelEn: "Hijack", id: "999999" }), "form", "notFound"],
  ])("refuses %s with a field error, database unchanged", async (_label, attempt, field, key) => {
    const before = await snapshot();
    const outcome = await attempt();
    expect(outcome).toHaveProperty("errors");
    const errors = (outcome as { errors: Record<string, string[]> }).errors[field];
    expect(errors?.some((error) => (key instanceof RegExp ? key.test(error) : error === key))).toBe(true);
    expect(await snapshot()).toBe(before);
  });

  it("accepts the same new dates once the organiser asks to move the sessions along", async () => {
    const outcome = await post(
      dialogueDetailsSchema,
      details({ startDate: "2024-11-25", endDate: "2024-11-27", shiftSessions: "on" }),
      edit,
    );
    expect(outcome).toEqual({ ok: true });
  });

  function create(form: z.output<typeof newDialogueSchema>) {
    return createDialogue(database.db, actor, form);
  }
  function edit(form: z.output<typeof dialogueDetailsSchema>) {
    return updateDialogueDetails(database.db, actor, cartagena.id, form);
  }
  function clone(form: z.output<typeof cloneDialogueSchema>) {
    return cloneDialogue(database.db, actor, cartagena.id, form);
  }
  /** The settings action turns CapacityBelowConfirmed into a field error. */
  function settings(overrides: Fields) {
    return post(eventSettingsSchema, { ...eventSettingsValues(santo), ...overrides }, async (form) => {
      try {
        await updateEventSettings(database.db, actor, santo.id, form);
        return { status: "saved" };
      } catch (error) {
        if (error instanceof CapacityBelowConfirmed) return { status: "refused", errors: { capacity: ["capacityBelowConfirmed"] } };
        throw error;
      }
    });
  }
  function question(raw: Fields) {
    return post(questionFormSchema, raw, async (form) => {
      const result = await saveQuestion(database.db, actor, cartagena.id, form);
      return result.status === "saved" ? result : null;
    });
  }
});
