import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkVisaRequest, passportExpiresInTime, visaRequestFields, visaRequestOf } from "@/lib/visa/request-schema";

const schema = z
  .object(visaRequestFields)
  .superRefine((value, ctx) => checkVisaRequest(value, ctx, "2026-12-06"))
  .transform(visaRequestOf);
const good = {
  visaRequested: "on",
  visaConsent: "on",
  passportNumber: "pa 123-4567",
  nationality: "co",
  dateOfBirth: "1985-04-12",
  passportExpiry: "2031-01-31",
};
const firstError = (input: Record<string, unknown>) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? null : parsed.error.issues.map((issue) => `${String(issue.path[0])}:${issue.message}`);
};

describe("visa request section", () => {
  it("keeps a requested, consented section, normalised", () => {
    expect(schema.parse(good)).toEqual({
      passportNumber: "PA1234567",
      nationality: "CO",
      dateOfBirth: "1985-04-12",
      passportExpiry: "2031-01-31",
    });
    expect(schema.parse({})).toBeNull();
  });

  it.each([
    [{ visaConsent: undefined }, "visaConsent:visaConsentRequired"],
    [{ visaRequested: undefined, visaConsent: undefined }, "visaConsent:visaConsentRequired"],
    [{ passportNumber: "AB<1234>" }, "passportNumber:passportNumber"],
    [{ passportNumber: "ßßßß" }, "passportNumber:passportNumber"],
    [{ passportNumber: "AB1" }, "passportNumber:passportNumber"],
    [{ passportNumber: "" }, "passportNumber:required"],
    [{ nationality: "XX" }, "nationality:choose"],
    [{ dateOfBirth: "1850-01-01" }, "dateOfBirth:dateOfBirth"],
    [{ dateOfBirth: "1985-02-30" }, "dateOfBirth:dateOfBirth"],
    [{ dateOfBirth: "2027-01-01" }, "dateOfBirth:dateOfBirth"],
    [{ passportExpiry: "2020-01-01" }, "passportExpiry:passportExpired"],
    [{ passportExpiry: "31/01/2031" }, "passportExpiry:passportExpired"],
  ])("refuses %o", (change, expected) => {
    expect(firstError({ ...good, ...change })).toContain(expected);
  });

  it("wants the passport valid after the dialogue's last day", () => {
    const request = schema.parse(good)!;
    expect(passportExpiresInTime(request, "2031-01-30")).toBe(true);
    expect(passportExpiresInTime(request, "2031-01-31")).toBe(false);
    expect(passportExpiresInTime(null, "2031-01-31")).toBe(true);
  });
});
