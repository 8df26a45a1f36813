import { describe, expect, it } from "vitest";
import { CELAC_33, EU_27 } from "@/lib/regions";
import { countryGroups } from "@/lib/registration/countries";
import { findOverlap } from "@/lib/registration/overlap";
import { registrationSchema } from "@/lib/validation/registration";
import { validRegistrationForm } from "@/tests/support/forms";

const at = (hhmm: string) => new Date(`2023-11-27T${hhmm}:00Z`);
const session = (id: number, from: string, to: string) => ({ id, startsAt: at(from), endsAt: at(to) });

describe("overlap rule", () => {
  it("finds sessions at the same time, including one inside a longer one", () => {
    expect(findOverlap([session(1, "09:00", "10:30"), session(2, "10:00", "11:00")])?.map((s) => s.id)).toEqual([1, 2]);
    expect(
      findOverlap([session(1, "09:00", "17:00"), session(2, "11:00", "12:00"), session(3, "16:00", "18:00")])?.map((s) => s.id),
    ).toEqual([1, 2]);
    expect(findOverlap([session(3, "16:00", "18:00"), session(1, "09:00", "17:00")])?.map((s) => s.id)).toEqual([1, 3]);
  });
  it("lets back-to-back sessions through", () => {
    expect(findOverlap([session(1, "09:00", "10:30"), session(2, "10:30", "12:00"), session(3, "12:00", "13:00")])).toBeNull();
    expect(findOverlap([])).toBeNull();
  });
});

describe("the browser's registration schema", () => {
  const valid = { ...validRegistrationForm, givenName: " Ana ", sessionIds: ["3", "3", "7"] };
  it("trims, upper-cases the country and de-duplicates sessions", () => {
    const parsed = registrationSchema.parse(valid);
    expect(parsed).toMatchObject({ givenName: "Ana", countryCode: "CO", sessionIds: [3, 7], specialDataConsent: false });
  });
  it("checks the shape of a phone number only (the server checks it for real)", () => {
    expect(registrationSchema.safeParse({ ...valid, phone: "+57 601 3443460" }).success).toBe(true);
    expect(registrationSchema.safeParse({ ...valid, phone: "call me" }).error?.issues[0]?.message).toBe("phone");
  });
  it("drops special-category data without its consent box (and refuses it)", () => {
    const result = registrationSchema.safeParse({ ...valid, dietaryRequirements: "Vegan" });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["specialConsentRequired"]);
  });
});

describe("country list", () => {
  it("puts the 27 EU and 33 CELAC countries first, named in the reader's language", () => {
    expect(EU_27).toHaveLength(27);
    expect(CELAC_33).toHaveLength(33);
    const spanish = countryGroups("es");
    expect(spanish.celac.find((c) => c.code === "BR")?.name).toBe("Brasil");
    expect(spanish.eu.map((c) => c.name)).toContain("Alemania");
    expect(spanish.other.some((c) => c.code === "CO" || c.code === "DE")).toBe(false);
    expect(spanish.other.length).toBeGreaterThan(180);
  });
});
