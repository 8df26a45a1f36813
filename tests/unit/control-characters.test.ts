import { describe, expect, it } from "vitest";
import { isSlug } from "@/lib/slugs";
import { acceptInvitationSchema } from "@/lib/validation/accounts";
import { setupSchema } from "@/lib/validation/auth";
import { registrationSchema } from "@/lib/validation/registration";
import { validRegistrationForm } from "../support/forms";

/** Issue 9: a NUL byte in a field made the insert fail (a 500); other controls reached emails. */
const registration = { ...validRegistrationForm, countryCode: "CO", sessionIds: ["3"] };

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${String(issue.path[0])}:${issue.message}`);
}

describe("control characters", () => {
  it.each(["\u0000", "\u0001", "\u001b", "\u007f", "\u0085"])("are refused in names and texts (%j)", (control) => {
    for (const field of ["givenName", "familyName", "organisation", "position", "represents"]) {
      const result = registrationSchema.safeParse({ ...registration, [field]: `An${control}a` });
      expect(errorsOf(result), field).toEqual([`${field}:controlCharacters`]);
    }
    const note = registrationSchema.safeParse({ ...registration, accessibilityNeeds: `Ramp${control}`, specialDataConsent: true });
    expect(errorsOf(note)).toEqual(["accessibilityNeeds:controlCharacters"]);
  });

  it("keeps line breaks and tabs in notes, and Unicode everywhere", () => {
    const parsed = registrationSchema.parse({
      ...registration,
      givenName: "Zoë Ñúñez 李",
      accessibilityNeeds: "Ramp\r\nand\tlift",
      specialDataConsent: true,
    });
    expect(parsed).toMatchObject({ givenName: "Zoë Ñúñez 李", accessibilityNeeds: "Ramp\r\nand\tlift" });
  });

  it("are refused in organisers' names (setup and invitation)", () => {
    const password = { password: "a perfectly good password", confirm: "a perfectly good password" };
    const token = "t".repeat(43);
    expect(errorsOf(setupSchema.safeParse({ token, name: "Ana\u0000", email: "ana@example.org", ...password }))).toEqual([
      "name:controlCharacters",
    ]);
    expect(errorsOf(acceptInvitationSchema.safeParse({ token, name: "Ana\u0007", ...password }))).toEqual(["name:controlCharacters"]);
  });
});

describe("ids and slugs that name nothing", () => {
  it("refuses session ids past PostgreSQL's integer", () => {
    expect(errorsOf(registrationSchema.safeParse({ ...registration, sessionIds: ["2147483648"] }))).toEqual(["sessionIds:sessions"]);
    expect(registrationSchema.safeParse({ ...registration, sessionIds: ["2147483647"] }).success).toBe(true);
  });
  it("knows a slug when it sees one", () => {
    expect(isSlug("digital-alliance-days-2023")).toBe(true);
    for (const bad of ["", "a\u0000b", "A", "../x", "a".repeat(101), "é", 7]) expect(isSlug(bad), JSON.stringify(bad)).toBe(false);
  });
});
