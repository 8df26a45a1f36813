import { describe, expect, it } from "vitest";
import { columnOf, validateImportRows } from "@/lib/invitations/import-rows";

const row = (overrides: Record<string, string> = {}) => ({
  name: "Ana Pérez",
  email: "ana@example.org",
  organisation: "MinTIC",
  preferredLanguage: "es",
  stakeholderGroup: "government_lac_country",
  ...overrides,
});

describe("invitee import rows", () => {
  it("accepts good rows, with codes in any case, blank language as English and group labels", () => {
    const result = validateImportRows(
      [
        row(),
        row({ email: "b@example.org", preferredLanguage: "", stakeholderGroup: "Civil society" }),
        row({ email: "c@x.org", preferredLanguage: "FR", stakeholderGroup: "" }),
      ],
      new Set(),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.invitees.map((i) => [i.preferredLanguage, i.stakeholderGroup])).toEqual([
      ["es", "government_lac_country"],
      ["en", "civil_society"],
      ["fr", null],
    ]);
  });

  it.each([
    ["missing name", { name: " " }, "name", "required"],
    ["bad email", { email: "not-an-address" }, "email", "email"],
    ["unknown language", { preferredLanguage: "de" }, "preferredLanguage", "unknownLanguage"],
    ["unknown group", { stakeholderGroup: "aliens" }, "stakeholderGroup", "unknownGroup"],
    ["link in the name", { name: "Visit https://spam.example" }, "name", "plainText"],
    ["control character", { organisation: "Min\u0007TIC" }, "organisation", "controlCharacters"],
  ])("names the row and field of a %s", (_case, overrides, field, error) => {
    const result = validateImportRows([row({ email: "first@example.org" }), row(overrides)], new Set());
    expect(result).toEqual({ ok: false, errors: [{ row: 3, field, error }] });
  });

  it("refuses an address twice in the file (any spelling) and one already invited", () => {
    const result = validateImportRows(
      [row({ email: "Ana+x@Example.org" }), row({ email: "ana@example.org" }), row({ email: "old@example.org" })],
      new Set(["old@example.org"]),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 3, field: "email", error: "duplicateInFile" },
        { row: 4, field: "email", error: "alreadyInvited" },
      ],
    });
  });

  it("skips blank rows but keeps counting them, and refuses a file of blanks", () => {
    const blank = row({ name: "", email: "", organisation: "", preferredLanguage: "", stakeholderGroup: "" });
    expect(validateImportRows([blank, row({ email: "bad" })], new Set())).toEqual({
      ok: false,
      errors: [{ row: 3, field: "email", error: "email" }],
    });
    expect(validateImportRows([blank], new Set())).toEqual({ ok: false, errors: [{ row: 1, field: "file", error: "empty" }] });
  });

  it("reads the headers spreadsheets use", () => {
    expect(["Name", "E-mail", "Organization", "Preferred language", "Stakeholder group", "Notes"].map(columnOf)).toEqual([
      "name",
      "email",
      "organisation",
      "preferredLanguage",
      "stakeholderGroup",
      undefined,
    ]);
  });
});
