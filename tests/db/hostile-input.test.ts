import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProgramme } from "@/lib/programme/programme";
import { submitRegistration } from "@/lib/registration";
import type { TestDatabase } from "../support/databases";
import { CARTAGENA, footprint, formValues, seededBackends } from "../support/registration";

/**
 * Issue 9: a NUL byte in a field, in a slug or an id past PostgreSQL's integer made the query fail
 * (a 500 that logged the parameters). Each is now refused before any query, on both databases.
 * (The HTTP-level fuzz suite, e2e/public-fuzz.spec.ts, covers the same at the door.)
 */
const refused: [string, Record<string, unknown>, string, string][] = [
  ["NUL in the given name", { givenName: "Ana\u0000" }, "givenName", "controlCharacters"],
  ["escape sequence in the organisation", { organisation: "\u001b[31mMinTIC" }, "organisation", "controlCharacters"],
  ["NUL in a note", { accessibilityNeeds: "Ramp\u0000", specialDataConsent: "on" }, "accessibilityNeeds", "controlCharacters"],
  ["control character in the phone", { phone: "+57 601\u00013443460" }, "phone", "controlCharacters"],
  ["session id past PostgreSQL's integer", { sessionIds: ["2147483648"] }, "sessionIds", "sessions"],
];

describe.each(seededBackends())("hostile input on $name", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it.each(refused)("%s: a field error and nothing stored", async (_label, change, field, key) => {
    const before = await footprint(database.db);
    const result = await submitRegistration(database.db, formValues(change), { eventSlug: CARTAGENA, locale: "en" });
    expect(result.kind === "invalid" ? result.errors[field] : result.kind).toContain(key);
    expect(await footprint(database.db)).toEqual(before);
  });

  it("a slug that cannot be one names no dialogue", async () => {
    for (const slug of [`${CARTAGENA}\u0000`, "a\u0000b", "Digital-Alliance", "../x", "x".repeat(101)]) {
      expect((await submitRegistration(database.db, formValues(), { eventSlug: slug, locale: "en" })).kind, slug).toBe("notFound");
      expect(await loadProgramme(database.db, slug), slug).toBeNull();
    }
  });
});
