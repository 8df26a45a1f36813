import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback";
import { countryName, formatDateRange } from "@/lib/i18n/localize";
import { daysBetween, isTimeZone, zonedDay, zonedInstant } from "@/lib/time";

describe("time zones", () => {
  it("turns event-local wall-clock times into the right instants", () => {
    expect(zonedInstant("2023-11-27", "09:00", "America/Bogota").toISOString()).toBe("2023-11-27T14:00:00.000Z");
    expect(zonedInstant("2024-02-14", "09:00", "America/Santo_Domingo").toISOString()).toBe("2024-02-14T13:00:00.000Z");
  });

  it("follows daylight saving time where the zone has it", () => {
    expect(zonedInstant("2024-03-30", "12:00", "Europe/Madrid").toISOString()).toBe("2024-03-30T11:00:00.000Z");
    expect(zonedInstant("2024-04-01", "12:00", "Europe/Madrid").toISOString()).toBe("2024-04-01T10:00:00.000Z");
  });

  it("tells the local day of an instant", () => {
    // 23:30 in Bogotá is already the next day in UTC.
    expect(zonedDay(new Date("2023-11-28T04:30:00Z"), "America/Bogota")).toBe("2023-11-27");
    expect(daysBetween("2023-11-27", "2023-11-29")).toEqual(["2023-11-27", "2023-11-28", "2023-11-29"]);
    expect(isTimeZone("America/Bogota")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });

  it("formats an event's dates in each language", () => {
    expect(formatDateRange("en", "2023-11-27", "2023-11-29")).toMatch(/^27\s?–\s?29 November 2023$/);
    expect(formatDateRange("es", "2023-11-27", "2023-11-29")).toMatch(/27.*29 de noviembre de 2023/);
    expect(formatDateRange("fr", "2024-02-14", "2024-02-16")).toMatch(/14.*16 février 2024/);
    expect(countryName("DO", "es")).toBe("República Dominicana");
    expect(countryName("CO", "pt")).toBe("Colômbia");
  });
});

describe("sign-in return path", () => {
  it("only returns to a path on this site", () => {
    expect(safeCallbackPath("/es/dashboard", "/en/dashboard")).toBe("/es/dashboard");
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", null, 42]) {
      expect(safeCallbackPath(bad, "/en/dashboard")).toBe("/en/dashboard");
    }
  });
});
