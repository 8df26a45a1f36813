import { describe, expect, it } from "vitest";
import { registrationEditSchema } from "@/lib/dashboard/registration-schema";
import { isPlainText } from "@/lib/validation/plain-text";
import { registrationSchema } from "@/lib/validation/registration";
import { registrationServerSchema } from "@/lib/validation/registration-server";
import { validRegistrationForm } from "@/tests/support/forms";

const form = validRegistrationForm;
const edit = { ...form, id: "7", stakeholderGroup: "government_lac_country", countryCode: "CO" };

const hostile = [
  "https://evil.example/login",
  "Visit hxxp://x or http://evil.example",
  "www.evil-site.net",
  "evil.example/verify",
  "write to boss@evil.example",
  "NUL\u0000byte",
  "line\nbreak",
  "tab\tinside",
  "bell\u0007",
  "right-to-left \u202Eoverride",
  "javascript:alert(1)",
  "mailto:someone",
];

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${String(issue.path[0])}:${issue.message}`);
}

describe("plain text in names, organisations and positions", () => {
  it("accepts real names and organisations in every script", () => {
    for (const value of ["María José", "O'Brien-Smith", "Nguyễn Văn An", "Дмитрий", "محمد", "St.John", "J. R. R."]) {
      expect(isPlainText(value, "name"), value).toBe(true);
    }
    for (const value of [
      "Booking.com",
      "Ministerio de Tecnologías de la Información y las Comunicaciones (MinTIC)",
      "R&D lead, A/B tests",
    ]) {
      expect(isPlainText(value, "text"), value).toBe(true);
    }
  });

  it("refuses a bare domain in a name, where a mail program would make it a link", () => {
    expect(isPlainText("Ana evil.com", "name")).toBe(false);
    expect(isPlainText("Ana evil.com", "text")).toBe(true);
  });

  for (const [name, schema, valid] of [
    ["browser form", registrationSchema, form],
    ["server form", registrationServerSchema, form],
    ["organisers' edit", registrationEditSchema, edit],
  ] as const) {
    it(`${name}: refuses links and addresses with the plainText error, control characters with their own`, () => {
      expect(schema.safeParse(valid).success).toBe(true);
      for (const field of ["givenName", "familyName", "organisation", "position", "represents"]) {
        for (const value of hostile) {
          const result = schema.safeParse({ ...valid, [field]: value });
          // Control characters (lib/validation/text.ts) have their own message, and only that one.
          const expected = /\p{Cc}/u.test(value) ? "controlCharacters" : "plainText";
          expect(errorsOf(result), `${field} = ${JSON.stringify(value)}`).toEqual([`${field}:${expected}`]);
        }
      }
    });
  }
});
