import { describe, expect, it } from "vitest";
import { CELAC_33, EU_27, regionOf } from "@/lib/regions";

describe("regions", () => {
  it("lists 27 EU member states and 33 CELAC members, none twice and none in both", () => {
    expect(new Set(EU_27).size).toBe(27);
    expect(new Set(CELAC_33).size).toBe(33);
    expect(EU_27.filter((c) => (CELAC_33 as readonly string[]).includes(c))).toEqual([]);
  });

  it("places countries by their ISO code, whatever the case", () => {
    expect(regionOf("es")).toBe("eu");
    expect(regionOf("GR")).toBe("eu");
    expect(regionOf("CO")).toBe("lac");
    expect(regionOf("TT")).toBe("lac");
    expect(regionOf("GB")).toBe("other");
    expect(regionOf("US")).toBe("other");
    expect(regionOf("GF")).toBe("other"); // French Guiana: part of France, but not a CELAC member state code
  });
});
