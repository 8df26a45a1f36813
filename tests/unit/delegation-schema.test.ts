import { describe, expect, it } from "vitest";
import { delegationSchema } from "@/lib/delegations/delegation-schema";
import { CONTROL_CHARACTERS_ERROR } from "@/lib/validation/text";

const valid = {
  name: "Colombia — Ministerio de Tecnologías de la Información",
  countryCode: "co",
  quota: "3",
  focalName: "Ana María Gómez",
  focalEmail: " Ana.Gomez@mintic.gov.co ",
  focalLanguage: "es",
  deadline: "2023-11-20T18:00",
};

const errorsOf = (values: Record<string, string>) => {
  const result = delegationSchema.safeParse(values);
  // The first error of each field, as the form shows it.
  return result.success ? {} : Object.fromEntries(result.error.issues.toReversed().map((issue) => [String(issue.path[0]), issue.message]));
};

describe("delegation form", () => {
  it("accepts a delegation: country code upper-cased, quota a number, address trimmed", () => {
    expect(delegationSchema.parse(valid)).toEqual({ ...valid, countryCode: "CO", quota: 3, focalEmail: "Ana.Gomez@mintic.gov.co" });
    expect(delegationSchema.parse({ ...valid, countryCode: "" }).countryCode).toBeNull();
  });

  it.each([
    ["no name", { name: " " }, { name: "required" }],
    ["a link in the name", { name: "Visit https://evil.example" }, { name: "plainText" }],
    ["a control character", { focalName: "Ana\u0007" }, { focalName: CONTROL_CHARACTERS_ERROR }],
    ["an unknown country", { countryCode: "XX" }, { countryCode: "country" }],
    ["a quota of 0", { quota: "0" }, { quota: "quota" }],
    ["a fractional quota", { quota: "2.5" }, { quota: "quota" }],
    ["an empty quota", { quota: "" }, { quota: "quota" }],
    ["a bad address", { focalEmail: "ana@" }, { focalEmail: "email" }],
    ["an unknown language", { focalLanguage: "de" }, { focalLanguage: "language" }],
    ["a deadline that is not a date and time", { deadline: "20/11/2023" }, { deadline: "dateTime" }],
  ])("refuses %s with its field's error", (_, change, expected) => {
    expect(errorsOf({ ...valid, ...change })).toMatchObject(expected);
  });
});
