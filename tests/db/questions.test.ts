import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, type Event, registrationAnswers, registrationQuestions, registrations } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { registrationsTable } from "@/lib/dashboard/exports";
import { updateRegistration } from "@/lib/dashboard/registration-edit";
import { parseRegistrationFilters } from "@/lib/dashboard/registration-filters";
import { registrationEditSchema } from "@/lib/dashboard/registration-schema";
import { listRegistrations } from "@/lib/dashboard/registrations";
import { erasePersonalData } from "@/lib/privacy/erasure";
import { activeQuestions, allQuestions, answersOf, parseAnswers } from "@/lib/questions/answers";
import { moveQuestion, removeQuestion, saveQuestion } from "@/lib/questions/editor";
import { questionFormSchema } from "@/lib/questions/editor-schema";
import { submitRegistration } from "@/lib/registration";
import type { TestDatabase } from "../support/databases";
import { eventBySlug } from "../support/fixtures";
import { CARTAGENA, footprint, formValues, seededBackends } from "../support/registration";
import { createActor } from "./dashboard-support";

describe.each(seededBackends())("registration questions on $name", (backend) => {
  let database: TestDatabase;
  let event: Event;
  let actor: { id: number; email: string };
  const ids: Record<string, number> = {};

  async function add(form: Record<string, string>) {
    const result = await saveQuestion(database.db, actor, event.id, questionFormSchema.parse(form));
    if (result.status !== "saved") throw new Error("not saved");
    return result.id;
  }
  const answerCount = async () => {
    const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(registrationAnswers);
    return row!.n;
  };

  beforeAll(async () => {
    database = await backend.create();
    event = await eventBySlug(database.db, CARTAGENA);
    actor = await createActor(database.db);
    ids.org = await add({ kind: "short_text", required: "on", labelEn: "Delegation name", labelEs: "Nombre de la delegación" });
    ids.topics = await add({ kind: "multiple_choice", labelEn: "Topics", optionsEn: "AI\nData\nCables", optionsEs: "IA\nDatos\nCables" });
    ids.visa = await add({ kind: "yes_no", labelEn: "Do you need a visa letter?" });
    ids.arrival = await add({ kind: "date", labelEn: "Arrival date" });
    ids.from = await add({ kind: "country", labelEn: "Travelling from" });
  });
  afterAll(async () => database?.dispose());

  const q = (name: string) => `q${ids[name]}`;
  let first = 0;

  it("stores typed answers with the registration, in its transaction", async () => {
    const result = await submitRegistration(
      database.db,
      formValues({
        [q("org")]: " Colombia MinTIC ",
        [q("topics")]: ["o1", "o3"],
        [q("visa")]: "yes",
        [q("arrival")]: "2023-11-26",
        [q("from")]: "co",
      }),
      { eventSlug: CARTAGENA, locale: "en" },
    );
    expect(result.kind).toBe("registered");
    if (result.kind !== "registered") return;
    first = result.registrationId;
    const answers = (await answersOf(database.db, [result.registrationId])).get(result.registrationId);
    expect(answers).toEqual({
      [ids.org!]: "Colombia MinTIC",
      [ids.topics!]: ["o1", "o3"],
      [ids.visa!]: true,
      [ids.arrival!]: "2023-11-26",
      [ids.from!]: "CO",
    });
  });

  it("filters the registrations table by answer and exports a column per question", async () => {
    const listed = async (answer: string) =>
      (await listRegistrations(database.db, event.id, parseRegistrationFilters({ answer }))).rows.map((r) => r.id);
    expect(await listed(`${ids.topics}:o3`)).toEqual([first]);
    expect(await listed(`${ids.topics}:o2`)).toEqual([]);
    expect(await listed(`${ids.visa}:yes`)).toEqual([first]);
    expect(await listed(`${ids.visa}:no`)).toEqual([]);
    expect(await listed(`${ids.org}`)).toEqual([first]);
    const table = await registrationsTable(database.db, event, "es", {});
    const row = table.rows.find((r) => r[0] === first)!;
    const cell = (header: string) => row[table.columns.findIndex((c) => c.header === header)];
    expect(cell("Nombre de la delegación")).toBe("Colombia MinTIC");
    expect(cell("Topics")).toBe("IA; Cables");
    expect(cell("Do you need a visa letter?")).toBe("Sí");
    expect(cell("Travelling from")).toBe("Colombia");
  });

  it.each([
    ["required answer missing", { org: "" }, "org", "required"],
    ["unknown option", { topics: ["o1", "o9"] }, "topics", "choose"],
    ["yes/no forged", { visa: "perhaps" }, "visa", "choose"],
    ["impossible date", { arrival: "2023-02-30" }, "arrival", "date"],
    ["unknown country", { from: "XX" }, "from", "choose"],
    ["answer too long", { org: "x".repeat(201) }, "org", "tooLong"],
  ])("%s: a field error, and nothing stored", async (_label, change, question, key) => {
    const before = [await footprint(database.db), await answerCount()];
    const answers: Record<string, unknown> = { [q("org")]: "Valid" };
    for (const [name, value] of Object.entries(change)) answers[q(name)] = value;
    const result = await submitRegistration(database.db, formValues(answers), { eventSlug: CARTAGENA, locale: "es" });
    expect(result.kind).toBe("invalid");
    if (result.kind === "invalid") expect(result.errors[q(question)]).toContain(key);
    expect([await footprint(database.db), await answerCount()]).toEqual(before);
  });

  it("keeps option keys when options are renamed, reordered or removed", async () => {
    const current = (await activeQuestions(database.db, event.id)).find((x) => x.id === ids.topics)!;
    expect(current.options.map((o) => o.key)).toEqual(["o1", "o2", "o3"]);
    // "AI" renamed on its line, "Cables" moved up, "Data" dropped, one new option.
    await saveQuestion(
      database.db,
      actor,
      event.id,
      questionFormSchema.parse({
        id: String(ids.topics),
        kind: "multiple_choice",
        labelEn: "Topics",
        optionsEn: "Artificial intelligence\nCables\nSpace",
      }),
    );
    const [row] = await database.db.select().from(registrationQuestions).where(eq(registrationQuestions.id, ids.topics!));
    expect(row!.options).toEqual([
      { key: "o1", label: { en: "Artificial intelligence" } },
      { key: "o3", label: { en: "Cables" } },
      { key: "o4", label: { en: "Space" } },
      { key: "o2", label: { en: "Data", es: "Datos" }, removed: true },
    ]);
  });

  it("reorders questions and keeps a removed question's answers readable", async () => {
    expect(await moveQuestion(database.db, actor, event.id, ids.visa!, "up")).toBe(true);
    expect((await activeQuestions(database.db, event.id)).map((x) => x.id)).toEqual([ids.org, ids.visa, ids.topics, ids.arrival, ids.from]);
    expect(await moveQuestion(database.db, actor, event.id, ids.org!, "up")).toBe(false);
    const [answer] = await database.db.select().from(registrationAnswers).where(eq(registrationAnswers.questionId, ids.visa!));
    expect(await removeQuestion(database.db, actor, event.id, ids.visa!)).toBe(true);
    expect((await activeQuestions(database.db, event.id)).map((x) => x.id)).not.toContain(ids.visa);
    expect((await allQuestions(database.db, event.id)).at(-1)?.id).toBe(ids.visa);
    expect((await answersOf(database.db, [answer!.registrationId])).get(answer!.registrationId)?.[ids.visa!]).toBe(true);
    // The form no longer asks it: an answer posted anyway is not stored.
    const result = await submitRegistration(database.db, formValues({ [q("org")]: "X", [q("visa")]: "no" }), {
      eventSlug: CARTAGENA,
      locale: "en",
    });
    expect(result.kind).toBe("registered");
    if (result.kind === "registered")
      expect((await answersOf(database.db, [result.registrationId])).get(result.registrationId)).toEqual({ [ids.org!]: "X" });
  });

  it("refuses to edit, move or remove another dialogue's question or a removed one", async () => {
    const other = await eventBySlug(database.db, "cybersecurity-dialogue-2024");
    const form = questionFormSchema.parse({ id: String(ids.org), kind: "short_text", labelEn: "Hijacked" });
    expect(await saveQuestion(database.db, actor, other.id, form)).toEqual({ status: "notFound" });
    expect(await moveQuestion(database.db, actor, other.id, ids.org!, "down")).toBe(false);
    expect(await removeQuestion(database.db, actor, other.id, ids.org!)).toBe(false);
    expect(await removeQuestion(database.db, actor, event.id, ids.visa!)).toBe(false);
    const [row] = await database.db.select().from(registrationQuestions).where(eq(registrationQuestions.id, ids.org!));
    expect(row!.label.en).toBe("Delegation name");
  });

  it("an organiser's correction replaces the answers in the registration's transaction, audited", async () => {
    const [registration] = await database.db.select().from(registrations).where(eq(registrations.id, first));
    const edit = registrationEditSchema.parse({ ...registration, phone: registration!.phone ?? "" });
    const bad = new FormData();
    bad.append(q("topics"), "o99");
    expect(await parseAnswers(database.db, event.id, bad)).toEqual({
      ok: false,
      errors: { [q("org")]: ["required"], [q("topics")]: ["choose"] },
    });
    const form = new FormData();
    form.append(q("org"), "Renamed delegation");
    form.append(q("topics"), "o4");
    form.append(q("topics"), "o1");
    const parsed = await parseAnswers(database.db, event.id, form);
    if (!parsed.ok) throw new Error("refused");
    expect(await updateRegistration(database.db, actor, event.id, edit, parsed.answers)).toBe("saved");
    const answers = (await answersOf(database.db, [first])).get(first)!;
    // Arrival and origin were cleared; the removed visa question's answer stays.
    expect(answers).toEqual({ [ids.org!]: "Renamed delegation", [ids.topics!]: ["o4", "o1"], [ids.visa!]: true });
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "registration.update"));
    expect(entry!.after).toMatchObject({ answers: { [ids.org!]: "Renamed delegation" } });
    expect(await updateRegistration(database.db, actor, event.id, edit, parsed.answers)).toBe("unchanged");
  });

  it("erasing a delegate's personal data deletes their answers", async () => {
    expect(Object.keys((await answersOf(database.db, [first])).get(first) ?? {})).not.toHaveLength(0);
    await inTransaction(database.db, (tx) => erasePersonalData(tx, [first], new Date()));
    expect((await answersOf(database.db, [first])).get(first)).toBeUndefined();
  });
});
