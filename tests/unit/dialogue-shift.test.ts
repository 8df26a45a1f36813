import { describe, expect, it } from "vitest";
import { daysFrom, shiftDay, shiftInstant } from "@/lib/dialogues/shift";

describe("moving a session to a cloned dialogue's days", () => {
  it("keeps the wall-clock time across a change of zone", () => {
    // 09:00 in Bogotá (UTC−5) → 09:00 in Madrid (UTC+2 in June).
    const moved = shiftInstant(
      new Date("2023-11-27T14:00:00Z"),
      { timeZone: "America/Bogota" },
      { timeZone: "Europe/Madrid" },
      daysFrom("2023-11-27", "2027-06-07"),
    );
    expect(moved.toISOString()).toBe("2027-06-07T07:00:00.000Z");
  });

  it("keeps the wall-clock time across daylight saving, not the elapsed hours", () => {
    // 09:00 in Madrid before the clocks change (UTC+1) → 09:00 a week later (UTC+2).
    const madrid = { timeZone: "Europe/Madrid" };
    expect(shiftInstant(new Date("2024-03-29T08:00:00Z"), madrid, madrid, 7).toISOString()).toBe("2024-04-05T07:00:00.000Z");
  });

  it("keeps a session that ends after midnight on its next day", () => {
    const lima = { timeZone: "America/Lima" };
    expect(shiftInstant(new Date("2024-06-11T04:30:00Z"), lima, lima, 2).toISOString()).toBe("2024-06-13T04:30:00.000Z");
  });

  it("counts whole days and moves days by them", () => {
    expect(daysFrom("2023-11-27", "2023-12-02")).toBe(5);
    expect(daysFrom("2024-03-30", "2024-03-31")).toBe(1);
    expect(shiftDay("2024-02-28", 2)).toBe("2024-03-01");
  });
});
