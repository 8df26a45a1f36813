import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, emailOutbox, type Event, registrations, sessionSignups, sessions } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { approveRegistration, cancelRegistration, declineRegistration, resendConfirmation } from "@/lib/dashboard/decisions";
import { updateRegistration } from "@/lib/dashboard/registration-edit";
import { registrationFiltersSchema, parseRegistrationFilters } from "@/lib/dashboard/registration-filters";
import { registrationEditSchema } from "@/lib/dashboard/registration-schema";
import { listRegistrations } from "@/lib/dashboard/registrations";
import { backends, type TestDatabase } from "../support/databases";
import { eventBySlug, insertRegistration } from "../support/fixtures";
import { createActor, createSession, signUp } from "./dashboard-support";

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
    const zoe = await insertRegistration(db, event.id, { givenName: "Zoë", familyName: "Alvarez", organisation: "Agencia Nacional Digital", countryCode: "CL", stakeholderGroup: "government_lac_country", status: "pending" });
    const bruno = await insertRegistration(db, event.id, { givenName: "Bruno", familyName: "Martins", organisation: "100%_Open Foundation", countryCode: "BR", stakeholderGroup: "civil_society", email: "bruno.m@ong.example.org" });
    const claire = await insertRegistration(db, event.id, { givenName: "Claire", familyName: "Dubois", organisation: "Commission européenne", countryCode: "BE", stakeholderGroup: "government_eu_institution" });
    await insertRegistration(db, other.id, { givenName: "Zoë", familyName: "Elsewhere", organisation: "Agencia Nacional Digital" });

    const ids = async (raw: Record<string, string>, size = 50) => (await listRegistrations(db, event.id, filters(raw), size)).rows.map((r) => r.id);
    expect(await ids({ q: "AGENCIA nacional" })).toEqual([zoe.id]);
    expect(await ids({ q: "ong.example" })).toEqual([bruno.id]);
    expect(await ids({ q: "dubois" })).toEqual([claire.id]);
    // Wildcards typed by organisers are literal characters.
    expect(await ids({ q: "100%_open" })).toEqual([bruno.id]);
    expect(await ids({ q: "%" })).toEqual([bruno.id]);
    expect(await ids({ status: "pending" })).toEqual([zoe.id]);
    expect(await ids({ group: "civil_society" })).toEqual([bruno.id]);
    expect(await ids({ country: "be" })).toEqual([claire.id]);

    const session = await createSession(db, event, 10, 15);
    await db.insert(sessionSignups).values({ registrationId: claire.id, sessionId: session.id, status: "confirmed", confirmedAt: new Date() });
    expect(await ids({ session: String(session.id) })).toEqual([claire.id]);

    const byName = await ids({ sort: "name", dir: "asc" });
    expect(byName.indexOf(zoe.id)).toBeLessThan(byName.indexOf(claire.id)); // Alvarez before Dubois
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
    expect(parseRegistrationFilters({ status: "nonsense", page: "-4", sort: "drop table", country: ["fr", "de"] })).toMatchObject({ status: undefined, page: 1, sort: "created", country: "FR" });
  });

  it("edits a registration with before and after in the audit log, and refuses an address in use", async () => {
    const db = database.db;
    const ana = await insertRegistration(db, event.id, { organisation: "Old Org" });
    const taken = await insertRegistration(db, event.id);
    const edit = registrationEditSchema.parse({ ...ana, honorific: "", phone: "", organisation: "  New Org ", id: String(ana.id) });
    expect(await updateRegistration(db, actor, event.id, edit)).toBe("saved");
    const [row] = await db.select().from(registrations).where(eq(registrations.id, ana.id));
    expect(row!.organisation).toBe("New Org");
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, String(ana.id)), eq(auditLog.action, "registration.update")));
    expect(audit).toMatchObject({ actorId: actor.id, before: { organisation: "Old Org" }, after: { organisation: "New Org" } });
    expect(await updateRegistration(db, actor, event.id, { ...edit, email: taken.email.toUpperCase() })).toBe("emailTaken");
    expect(await updateRegistration(db, actor, event.id + 999, edit)).toBe("notFound");
    expect(registrationEditSchema.safeParse({ ...edit, email: "nope", countryCode: "Colombia" }).success).toBe(false);
  });

  it("approves, declines with a reason, cancels and resends, each with its email in the delegate's language", async () => {
    const db = database.db;
    const pending = await insertRegistration(db, event.id, { status: "pending", locale: "pt" });
    expect(await approveRegistration(db, { eventId: event.id, registrationId: pending.id, actor })).toBe("done");
    expect(await approveRegistration(db, { eventId: event.id, registrationId: pending.id, actor })).toBe("wrongStatus");
    const [approved] = await db.select().from(registrations).where(eq(registrations.id, pending.id));
    expect(approved).toMatchObject({ status: "confirmed", decidedById: actor.id });
    const [mail] = await db.select().from(emailOutbox).where(and(eq(emailOutbox.registrationId, pending.id), eq(emailOutbox.kind, "registration.approved")));
    expect(mail!.toAddress).toBe(pending.email);
    expect(mail!.subject).toMatch(/Sua inscrição/);

    const declined = await insertRegistration(db, event.id, { status: "pending", locale: "en" });
    expect(await declineRegistration(db, { eventId: event.id, registrationId: declined.id, reason: "The room is full.", actor })).toBe("done");
    const [declineMail] = await db.select().from(emailOutbox).where(and(eq(emailOutbox.registrationId, declined.id), eq(emailOutbox.kind, "registration.declined")));
    expect(declineMail!.textBody).toContain("The room is full.");

    // Cancelling frees the seat and the next person waiting gets it.
    const session = await createSession(db, event, 1, 16);
    const holder = await signUp(db, event, session.id, "confirmed", 1);
    const waiting = await signUp(db, event, session.id, "waitlisted", 2);
    expect(await cancelRegistration(db, { eventId: event.id, registrationId: holder.id, actor })).toBe("done");
    const signups = await db.select().from(sessionSignups).where(eq(sessionSignups.sessionId, session.id));
    expect(signups.find((s) => s.registrationId === holder.id)!.status).toBe("cancelled");
    expect(signups.find((s) => s.registrationId === waiting.id)!.status).toBe("confirmed");
    const [after] = await db.select().from(sessions).where(eq(sessions.id, session.id));
    expect(after!.seatsTaken).toBe(1);

    expect(await resendConfirmation(db, { eventId: event.id, registrationId: waiting.id, actor })).toBe("done");
    expect(await resendConfirmation(db, { eventId: event.id, registrationId: holder.id, actor })).toBe("wrongStatus");
    const actions = (await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.actorId, actor.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["registration.approve", "registration.decline", "registration.cancel", "registration.resendConfirmation"]));
  });
});
