import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, type Event, registrations, sessionSignups } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { belongsToEvent, updateRegistration } from "@/lib/dashboard/registration-edit";
import { parseRegistrationFilters, registrationFiltersSchema } from "@/lib/dashboard/registration-filters";
import { registrationEditSchema } from "@/lib/dashboard/registration-schema";
import { listRegistrations } from "@/lib/dashboard/registrations";
import { backends, type TestDatabase } from "../support/databases";
import { eventBySlug, insertRegistration } from "../support/fixtures";
import { createActor, createSession } from "./dashboard-support";

describe.each(backends())("organisers' registrations on $name", (backend) => {
  let database: TestDatabase;
  let event: Event;
  let other: Event;
  let actor: { id: number; email: string };
  const filters = (raw: Record<string, string> = {}) => registrationFiltersSchema.parse(raw);

  beforeAll(async () => {
    database = await backend.create();
    await seedDatabase(database.db);
    event = await eventBySlug(database.db, "digital-alliance-days-2023");
    other = await eventBySlug(database.db, "cybersecurity-dialogue-2024");
    actor = await createActor(database.db);
  });
  afterAll(async () => database?.dispose());

  it("searches name, email and organisation case-insensitively, filters, sorts and pages", async () => {
    const db = database.db;
    const zoe = await insertRegistration(db, event.id, {
      givenName: "Zoë",
      familyName: "Álvarez",
      organisation: "Agencia Nacional Digital",
      countryCode: "CL",
      stakeholderGroup: "government_lac_country",
      status: "pending",
    });
    const bruno = await insertRegistration(db, event.id, {
      givenName: "Bruno",
      familyName: "Martins",
      organisation: "100%_Open Foundation",
      countryCode: "BR",
      stakeholderGroup: "civil_society",
      email: "bruno.m@ong.example.org",
    });
    const claire = await insertRegistration(db, event.id, {
      givenName: "Claire",
      familyName: "Dubois",
      organisation: "Commission européenne",
      countryCode: "BE",
      stakeholderGroup: "government_eu_institution",
    });
    await insertRegistration(db, other.id, { givenName: "Zoë", familyName: "Elsewhere", organisation: "Agencia Nacional Digital" });

    const ids = async (raw: Record<string, string>, size = 50) =>
      (await listRegistrations(db, event.id, filters(raw), size)).rows.map((r) => r.id);
    expect(await ids({ q: "AGENCIA nacional" })).toEqual([zoe.id]);
    expect(await ids({ q: "ong.example" })).toEqual([bruno.id]);
    expect(await ids({ q: "dubois" })).toEqual([claire.id]);
    // Accents and case do not matter, either way round.
    expect(await ids({ q: "alvarez" })).toEqual([zoe.id]);
    expect(await ids({ q: "ZOE ÁLVAREZ" })).toEqual([zoe.id]);
    expect(await ids({ q: "europeenne" })).toEqual([claire.id]);
    // Wildcards typed by organisers are literal characters.
    expect(await ids({ q: "100%_open" })).toEqual([bruno.id]);
    expect(await ids({ q: "%" })).toEqual([bruno.id]);
    expect(await ids({ status: "pending" })).toEqual([zoe.id]);
    expect(await ids({ group: "civil_society" })).toEqual([bruno.id]);
    expect(await ids({ country: "be" })).toEqual([claire.id]);

    const session = await createSession(db, event, 10, 15);
    await db
      .insert(sessionSignups)
      .values({ registrationId: claire.id, sessionId: session.id, status: "confirmed", confirmedAt: new Date() });
    expect(await ids({ session: String(session.id) })).toEqual([claire.id]);

    const byName = await ids({ sort: "name", dir: "asc" });
    expect(byName.indexOf(zoe.id)).toBeLessThan(byName.indexOf(claire.id)); // Álvarez before Dubois, accent or not
    expect(byName.indexOf(claire.id)).toBeLessThan(byName.indexOf(bruno.id)); // Dubois before Martins
    const byNameDesc = await ids({ sort: "name", dir: "desc" });
    expect(byNameDesc).toEqual([...byName].reverse());

    // Pages never overlap and together list every matching row once.
    const all = await listRegistrations(db, event.id, filters({ sort: "created" }), 2);
    const seen: number[] = [];
    for (let page = 1; page <= all.pages; page++) seen.push(...(await ids({ sort: "created", page: String(page) }, 2)));
    expect(seen).toHaveLength(all.total);
    expect(new Set(seen).size).toBe(all.total);

    // Hand-edited URLs fall back to defaults instead of failing.
    expect(parseRegistrationFilters({ status: "nonsense", page: "-4", sort: "drop table", country: ["fr", "de"] })).toMatchObject({
      status: undefined,
      page: 1,
      sort: "created",
      country: "FR",
    });
  });

  it("edits a registration with before and after in the audit log, and refuses an address in use", async () => {
    const db = database.db;
    const ana = await insertRegistration(db, event.id, { organisation: "Old Org" });
    const taken = await insertRegistration(db, event.id);
    const edit = registrationEditSchema.parse({ ...ana, honorific: "", phone: "", organisation: "  New Org ", id: String(ana.id) });
    expect(await updateRegistration(db, actor, event.id, edit)).toBe("saved");
    const [row] = await db.select().from(registrations).where(eq(registrations.id, ana.id));
    expect(row!.organisation).toBe("New Org");
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, String(ana.id)), eq(auditLog.action, "registration.update")));
    expect(audit).toMatchObject({ actorId: actor.id, before: { organisation: "Old Org" }, after: { organisation: "New Org" } });
    expect(await updateRegistration(db, actor, event.id, { ...edit, email: taken.email.toUpperCase() })).toBe("emailTaken");
    expect(await updateRegistration(db, actor, event.id + 999, edit)).toBe("notFound");
    expect(registrationEditSchema.safeParse({ ...edit, email: "nope", countryCode: "Colombia" }).success).toBe(false);
  });

  it("holds corrections to the delegate form's rules: honorific and language lists, a real country and phone", async () => {
    const ana = await insertRegistration(database.db, event.id);
    const base = { ...ana, id: String(ana.id), honorific: "dr", phone: "" };
    const refused = registrationEditSchema.safeParse({
      ...base,
      honorific: "Excmo.",
      preferredLanguage: "Spanish",
      countryCode: "XX",
      phone: "+57 12",
    });
    expect(refused.success).toBe(false);
    const fields = Object.fromEntries(refused.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(fields).toMatchObject({ honorific: "choose", preferredLanguage: "choose", countryCode: "country" });
    expect(registrationEditSchema.safeParse({ ...base, countryCode: "co", phone: "+57 12" }).error!.issues[0]).toMatchObject({
      path: ["phone"],
      message: "phone",
    });
    // A valid number is stored in international form, as registering stores it.
    expect(registrationEditSchema.parse({ ...base, countryCode: "co", phone: "601 3443460" })).toMatchObject({
      countryCode: "CO",
      phone: "+576013443460",
      honorific: "dr",
    });
  });

  it("knows which event a registration belongs to (decisions are refused across events)", async () => {
    const db = database.db;
    const here = await insertRegistration(db, event.id);
    const elsewhere = await insertRegistration(db, other.id);
    expect(await belongsToEvent(db, event.id, here.id)).toBe(true);
    expect(await belongsToEvent(db, event.id, elsewhere.id)).toBe(false);
    expect(await belongsToEvent(db, event.id, 2_000_000_000)).toBe(false);
  });
});
