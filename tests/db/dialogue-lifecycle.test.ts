import { count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Event, registrationAnswers, registrationQuestions, registrations } from "@/db/schema";
import { cloneDialogue, setDialogueStatus } from "@/lib/dialogues/clone";
import { loadProgramme } from "@/lib/programme/programme";
import { registrationState } from "@/lib/programme/status";
import { activeQuestions } from "@/lib/questions/answers";
import { removeQuestion, saveQuestion } from "@/lib/questions/editor";
import { questionFormSchema } from "@/lib/questions/editor-schema";
import { registrationAvailability, submitRegistration } from "@/lib/registration";
import type { TestDatabase } from "../support/databases";
import { eventBySlug } from "../support/fixtures";
import { CARTAGENA, footprint, formValues, SANTO_DOMINGO, seededBackends } from "../support/registration";
import { createActor } from "./dashboard-support";

/** A dialogue's life after creation: drafts hidden, archived read-only but public, clones with their questions. */
describe.each(seededBackends())("a dialogue's states and its clone on $name", (backend) => {
  let database: TestDatabase;
  let cartagena: Event;
  let actor: { id: number; email: string };

  async function addQuestion(form: Record<string, string>) {
    const result = await saveQuestion(database.db, actor, cartagena.id, questionFormSchema.parse(form));
    if (result.status !== "saved") throw new Error("not saved");
    return result.id;
  }

  beforeAll(async () => {
    database = await backend.create();
    cartagena = await eventBySlug(database.db, CARTAGENA);
    actor = await createActor(database.db, "admin");
  });
  afterAll(async () => database?.dispose());

  it("clones the questions on the form (in order, without removed ones or removed options), never registrations or answers", async () => {
    const track = await addQuestion({
      kind: "single_choice",
      required: "on",
      labelEn: "Track",
      labelEs: "Línea",
      optionsEn: "Policy\nTechnical\nRetired",
      optionsEs: "Política\nTécnica\nRetirada",
    });
    const gone = await addQuestion({ kind: "short_text", labelEn: "Fax number" });
    const visa = await addQuestion({ kind: "yes_no", labelEn: "Do you need a visa letter?" });
    await removeQuestion(database.db, actor, cartagena.id, gone);
    // Drop the third option: answers keep its key, marked removed.
    await saveQuestion(
      database.db,
      actor,
      cartagena.id,
      questionFormSchema.parse({
        id: String(track),
        kind: "single_choice",
        required: "on",
        labelEn: "Track",
        optionsEn: "Policy\nTechnical",
      }),
    );
    const registered = await submitRegistration(database.db, formValues({ [`q${track}`]: "o1", [`q${visa}`]: "yes" }), {
      eventSlug: CARTAGENA,
      locale: "es",
    });
    expect(registered.kind).toBe("registered");

    const result = await cloneDialogue(database.db, actor, cartagena.id, {
      newSlug: "lima-ai-2027",
      newStartDate: "2027-03-10",
      newTimeZone: "America/Lima",
    });
    if (result?.status !== "created") throw new Error(JSON.stringify(result));
    const copied = await activeQuestions(database.db, result.event.id);
    const original = await activeQuestions(database.db, cartagena.id);
    expect(copied.map((q) => [q.kind, q.required, q.label, q.position])).toEqual(
      original.map((q) => [q.kind, q.required, q.label, q.position]),
    );
    expect(copied.map((q) => q.label.en)).toEqual(["Track", "Do you need a visa letter?"]);
    expect(copied[0]!.options.map((o) => o.key)).toEqual(["o1", "o2"]);
    expect(copied[0]!.options.some((o) => o.removed)).toBe(false);
    expect(copied.every((q) => q.id !== track && q.id !== visa)).toBe(true);
    const [regs] = await database.db.select({ n: count() }).from(registrations).where(eq(registrations.eventId, result.event.id));
    expect(regs!.n).toBe(0);
    const ids = copied.map((q) => q.id);
    const [answers] = await database.db
      .select({ n: count() })
      .from(registrationAnswers)
      .where(inArray(registrationAnswers.questionId, ids));
    expect(answers!.n).toBe(0);
    // The source keeps its removed question for its answers.
    const [all] = await database.db
      .select({ n: count() })
      .from(registrationQuestions)
      .where(eq(registrationQuestions.eventId, cartagena.id));
    expect(all!.n).toBe(3);
  });

  it("keeps a draft off the public pages and registration", async () => {
    const draft = await eventBySlug(database.db, "lima-ai-2027");
    expect(draft.status).toBe("draft");
    expect(await loadProgramme(database.db, draft.slug)).toBeNull();
    const before = await footprint(database.db);
    expect(await submitRegistration(database.db, formValues(), { eventSlug: draft.slug, locale: "en" })).toEqual({ kind: "notFound" });
    expect(await footprint(database.db)).toEqual(before);
  });

  it("shows an archived dialogue to the public with registration closed, and refuses registrations and session changes", async () => {
    const santo = await eventBySlug(database.db, SANTO_DOMINGO);
    const archived = await setDialogueStatus(database.db, actor, santo.id, "archived");
    expect(archived?.status).toBe("archived");
    const programme = await loadProgramme(database.db, SANTO_DOMINGO);
    expect(programme?.event.status).toBe("archived");
    expect(registrationState(programme!.event, new Date())).toEqual({ kind: "closed" });
    expect(registrationAvailability(archived!, new Date())).toEqual({ open: false, reason: "closed" });
    const before = await footprint(database.db);
    const result = await submitRegistration(database.db, formValues(), { eventSlug: SANTO_DOMINGO, locale: "es" });
    expect(result).toEqual({ kind: "unavailable", reason: "closed" });
    expect(await footprint(database.db)).toEqual(before);
    // Published again, it takes registrations again.
    await setDialogueStatus(database.db, actor, santo.id, "published");
    expect((await submitRegistration(database.db, formValues(), { eventSlug: SANTO_DOMINGO, locale: "es" })).kind).toBe("registered");
  });
});
