import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Event } from "@/db/schema";
import { delegations } from "@/db/schema";
import { createTestDialogue } from "@/e2e/support/dialogues";
import type { BadgeQuery } from "@/lib/badges/badge-schema";
import { badgeDocument } from "@/lib/badges/document";
import { badgeChoices, badgeRows } from "@/lib/badges/queries";
import { verifyCheckInCode } from "@/lib/checkin/code";
import { checkInPublicKey } from "@/lib/checkin/signing";
import { checkIn } from "@/lib/dashboard/checkin";
import { backends, type TestDatabase } from "../support/databases";
import { insertRegistration } from "../support/fixtures";
import { readPdf } from "../support/pdf";
import { createActor } from "./dashboard-support";

/**
 * Who gets a badge, on both databases: confirmed registrations only (cancelled, declined, pending,
 * waitlisted and erased ones never), filtered by delegation, group or one registration, in
 * family-name order; and the PDF the download route sends, whose QR codes check the delegates in.
 */
describe.each(backends())("badges on $name", (backend) => {
  let database: TestDatabase;
  let event: Event;
  let other: Event;
  let delegationId: number;
  const people: Record<string, number> = {};

  beforeAll(async () => {
    database = await backend.create();
    const db = database.db;
    ({ event } = await createTestDialogue(db, "badges"));
    ({ event: other } = await createTestDialogue(db, "badges-other"));
    const [delegation] = await db
      .insert(delegations)
      .values({
        eventId: event.id,
        name: "Colombia — MinTIC",
        countryCode: "CO",
        quota: 5,
        focalName: "Focal",
        focalEmail: "focal@example.org",
        focalLanguage: "es",
        deadline: new Date("2024-06-01T00:00:00Z"),
      })
      .returning();
    delegationId = delegation!.id;
    const add = async (key: string, values: Parameters<typeof insertRegistration>[2], eventId = event.id) => {
      people[key] = (await insertRegistration(db, eventId, { familyName: key, ...values })).id;
    };
    await add("Núñez", { givenName: "María José", delegationId, headOfDelegation: true, badgeRole: "speaker" });
    await add("Álvarez", { givenName: "João", stakeholderGroup: "civil_society", badgeRole: "press", countryCode: "BR" });
    await add("Zapata", { givenName: "Ana", stakeholderGroup: "civil_society" });
    await add("Cancelled", { status: "cancelled", delegationId, cancelledAt: new Date() });
    await add("Declined", { status: "rejected", stakeholderGroup: "civil_society" });
    await add("Pending", { status: "pending" });
    await add("Waitlisted", { status: "waitlisted" });
    await add("Erased", { erasedAt: new Date() });
    await add("Elsewhere", {}, other.id);
  });
  afterAll(async () => database?.dispose());

  const names = async (selection: Parameters<typeof badgeRows>[2]) =>
    (await badgeRows(database.db, event.id, selection)).map((row) => row.familyName);

  it("everyone confirmed, accents folded into family-name order; never cancelled, declined, pending, waitlisted, erased or another dialogue's", async () => {
    expect(await names({ scope: "all" })).toEqual(["Álvarez", "Núñez", "Zapata"]);
  });

  it("one delegation, one group, one registration: the same rule inside each", async () => {
    expect(await names({ scope: "delegation", delegation: delegationId })).toEqual(["Núñez"]);
    expect(await names({ scope: "group", group: "civil_society" })).toEqual(["Álvarez", "Zapata"]);
    expect(await names({ scope: "registration", registration: people.Zapata! })).toEqual(["Zapata"]);
    for (const key of ["Cancelled", "Declined", "Pending", "Erased"]) {
      expect(await names({ scope: "registration", registration: people[key]! }), key).toEqual([]);
    }
    expect(await names({ scope: "registration", registration: people.Elsewhere! })).toEqual([]);
  });

  it("the page's counts follow the same rule", async () => {
    const choices = await badgeChoices(database.db, event.id);
    expect(choices.total).toBe(3);
    expect(choices.delegations).toEqual([{ id: delegationId, name: "Colombia — MinTIC", count: 1 }]);
    expect(Object.fromEntries(choices.groups.map((g) => [g.group, g.count]))).toEqual({ civil_society: 2, government_lac_country: 1 });
  });

  it("the PDF: one A6 page per badge or four per A4 sheet, labels in the chosen language, each QR checks its delegate in", async () => {
    const query: BadgeQuery = { scope: "all", layout: "a6", language: "es" };
    const a6 = await badgeDocument(database.db, event, query);
    expect(a6?.count).toBe(3);
    const pdf = await readPdf(a6!.pdf);
    expect(pdf.pages).toBe(3);
    expect(pdf).toMatchObject({ language: "es", title: "Credenciales — Test dialogue badges" });
    expect(pdf.text).toContain("María José Núñez");
    expect(pdf.text).toContain("JEFE DE DELEGACIÓN · PONENTE");
    expect(pdf.text).toContain("PRENSA");
    expect(pdf.text).toContain("Brasil");
    expect(pdf.text).toContain("Sociedad civil");
    const rows = await badgeRows(database.db, event.id, query);
    // Signed codes, issued as the batch is drawn, that verify offline and name each delegate.
    const publicKey = await checkInPublicKey();
    const named = async (codes: string[]) => Promise.all(codes.map((code) => verifyCheckInCode(code, publicKey)));
    expect(await named(pdf.qrCodes)).toEqual(rows.map((row) => ({ eventId: event.id, registrationId: row.id })));
    // What the check-in desk does with a scanned code: each one is a confirmed delegate of this dialogue.
    const actor = await createActor(database.db, "checkin");
    for (const [i, code] of pdf.qrCodes.entries()) {
      const result = await checkIn(database.db, actor, event, { token: code }, null);
      expect(result).toMatchObject({ status: "checkedIn", name: `${rows[i]!.givenName} ${rows[i]!.familyName}` });
    }
    const a4 = await badgeDocument(database.db, event, { ...query, layout: "a4", language: "fr" });
    const sheet = await readPdf(a4!.pdf, { grid: 2 });
    expect(sheet.pages).toBe(1);
    expect(await named(sheet.qrCodes)).toEqual(await named(pdf.qrCodes));
    expect(sheet.text).toContain("CHEF DE DÉLÉGATION · INTERVENANT");
  });

  it("nobody to print: no document", async () => {
    expect(await badgeDocument(database.db, other, { scope: "group", group: "media", layout: "a4", language: "en" })).toBeNull();
  });
});
