import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registrations } from "@/db/schema";
import { locales } from "@/db/schema/localized";
import { submitRegistration } from "@/lib/registration";
import type { TestDatabase } from "../support/databases";
import { addSession, CARTAGENA, footprint, formValues, SANTO_DOMINGO, seededBackends } from "../support/registration";

type Messages = { errors: Record<string, string> };
const messages = Object.fromEntries(
  locales.map((l) => [l, JSON.parse(readFileSync(join(process.cwd(), "lib/i18n/messages", l, "registration.json"), "utf8")) as Messages]),
);

/** One bad value per row: the field it concerns and the message key the delegate must see. */
const badInputs: [string, Record<string, unknown>, string, string][] = [
  ["missing given name", { givenName: "" }, "givenName", "required"],
  ["blank given name", { givenName: "   " }, "givenName", "required"],
  ["given name too long", { givenName: "x".repeat(101) }, "givenName", "tooLong"],
  ["missing family name", { familyName: undefined }, "familyName", "required"],
  ["missing email", { email: "" }, "email", "required"],
  ["email without @", { email: "ana.example.org" }, "email", "email"],
  ["email with spaces", { email: "ana perez@example.org" }, "email", "email"],
  ["email too long", { email: `${"a".repeat(250)}@example.org` }, "email", "tooLong"],
  ["phone of letters", { phone: "call me" }, "phone", "phone"],
  ["phone too short", { phone: "+57 12" }, "phone", "phone"],
  ["phone too long", { phone: "+1".padEnd(45, "2") }, "phone", "tooLong"],
  ["unknown title", { honorific: "king" }, "honorific", "choose"],
  ["missing organisation", { organisation: "" }, "organisation", "required"],
  ["organisation too long", { organisation: "o".repeat(201) }, "organisation", "tooLong"],
  ["missing position", { position: "" }, "position", "required"],
  ["missing stakeholder group", { stakeholderGroup: "" }, "stakeholderGroup", "choose"],
  ["unknown stakeholder group", { stakeholderGroup: "lobbyist" }, "stakeholderGroup", "choose"],
  ["missing country", { countryCode: "" }, "countryCode", "choose"],
  ["unknown country", { countryCode: "XX" }, "countryCode", "choose"],
  ["country as a name", { countryCode: "Colombia" }, "countryCode", "choose"],
  ["missing represents", { represents: "" }, "represents", "required"],
  ["unknown language", { preferredLanguage: "de" }, "preferredLanguage", "choose"],
  ["needs too long", { accessibilityNeeds: "n".repeat(1001), specialDataConsent: "on" }, "accessibilityNeeds", "tooLong"],
  [
    "accessibility needs without their consent",
    { accessibilityNeeds: "Wheelchair access" },
    "specialDataConsent",
    "specialConsentRequired",
  ],
  ["dietary needs without their consent", { dietaryRequirements: "Halal" }, "specialDataConsent", "specialConsentRequired"],
  ["privacy notice not accepted", { privacyConsent: undefined }, "privacyConsent", "privacyRequired"],
  ["privacy consent forged", { privacyConsent: "no" }, "privacyConsent", "privacyRequired"],
  ["session id not a number", { sessionIds: ["abc"] }, "sessionIds", "sessions"],
  ["negative session id", { sessionIds: ["-3"] }, "sessionIds", "sessions"],
  ["too many sessions", { sessionIds: Array.from({ length: 31 }, (_, i) => String(i + 1)) }, "sessionIds", "tooManySessions"],
  ["missing submission key", { submissionKey: "" }, "submissionKey", "tryAgain"],
  ["forged submission key", { submissionKey: "'; drop table registrations; --" }, "submissionKey", "tryAgain"],
];

describe.each(seededBackends())("registration input checks on $name", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it.each(badInputs)("%s: a field error, translated in every language, and nothing stored", async (_label, change, field, key) => {
    const before = await footprint(database.db);
    const result = await submitRegistration(database.db, formValues(change), { eventSlug: CARTAGENA, locale: "es" });
    expect(result.kind).toBe("invalid");
    if (result.kind !== "invalid") return;
    expect(result.errors[field]).toContain(key);
    for (const locale of locales) expect(messages[locale]!.errors[key], `${locale}: errors.${key}`).toBeTruthy();
    expect(await footprint(database.db)).toEqual(before);
  });

  it("a session that does not exist, or belongs to another dialogue, is refused", async () => {
    const other = await addSession(database.db, SANTO_DOMINGO, { capacity: 5 });
    const before = await footprint(database.db);
    for (const id of [String(other.id), "99999999"]) {
      const result = await submitRegistration(database.db, formValues({ sessionIds: [id] }), { eventSlug: CARTAGENA, locale: "en" });
      expect(result).toEqual({ kind: "invalid", errors: { sessionIds: ["sessions"] } });
    }
    expect(await footprint(database.db)).toEqual(before);
  });

  it("an unknown dialogue is not found, and junk of every type never throws", async () => {
    expect((await submitRegistration(database.db, formValues(), { eventSlug: "no-such-dialogue", locale: "en" })).kind).toBe("notFound");
    const junk: Record<string, unknown> = {
      givenName: 42,
      email: ["a@b.c", "d@e.f"],
      sessionIds: { 1: 2 },
      privacyConsent: null,
      countryCode: 7,
    };
    expect((await submitRegistration(database.db, junk, { eventSlug: CARTAGENA, locale: "en" })).kind).toBe("invalid");
  });

  it("stores the phone in international format, and special-category data only with its consent", async () => {
    const email = `norm.${Date.now()}@example.org`;
    const result = await submitRegistration(
      database.db,
      formValues({
        email,
        phone: "601 3443460",
        countryCode: "co",
        dietaryRequirements: "Vegan",
        specialDataConsent: "on",
        accessibilityNeeds: "",
      }),
      { eventSlug: CARTAGENA, locale: "pt" },
    );
    expect(result.kind).toBe("registered");
    const [row] = await database.db.select().from(registrations).where(eq(registrations.email, email));
    expect(row).toMatchObject({
      phone: "+576013443460",
      countryCode: "CO",
      dietaryRequirements: "Vegan",
      accessibilityNeeds: null,
      locale: "pt",
    });
    expect(row!.specialDataConsentAt).not.toBeNull();
    // Consent ticked without any data: no consent is recorded.
    const plain = `plain.${Date.now()}@example.org`;
    await submitRegistration(database.db, formValues({ email: plain, specialDataConsent: "on" }), { eventSlug: CARTAGENA, locale: "en" });
    const [other] = await database.db.select().from(registrations).where(eq(registrations.email, plain));
    expect(other!.specialDataConsentAt).toBeNull();
  });
});
