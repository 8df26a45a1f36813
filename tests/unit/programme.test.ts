import { describe, expect, it } from "vitest";
import { scheduleHref, scheduleRewritePath } from "@/lib/programme/filters";
import { formatDay, formatTimeRange, utcOffsetLabel, zoneLabel } from "@/lib/programme/format";
import { groupByDay } from "@/lib/programme/schedule";
import { registrationState, seatState, streamStatus } from "@/lib/programme/status";

const opening = { start: new Date("2023-11-27T14:00:00Z"), end: new Date("2023-11-27T15:30:00Z") };

describe("time formatting", () => {
  it("shows a session in the event's zone", () => {
    expect(formatTimeRange(opening.start, opening.end, "America/Bogota", "en")).toBe("09:00–10:30");
    expect(utcOffsetLabel(opening.start, "America/Bogota")).toBe("UTC−05:00");
    expect(zoneLabel(opening.start, "America/Bogota", "en")).toBe("Colombia Standard Time (UTC−05:00)");
    expect(zoneLabel(opening.start, "America/Santo_Domingo", "es")).toMatch(/\(UTC−04:00\)$/);
  });

  it("converts to a European viewer's zone with the offset in force on that day", () => {
    // Winter (CET) for both dialogues, summer (CEST) for a session in June.
    expect(formatTimeRange(opening.start, opening.end, "Europe/Madrid", "en")).toBe("15:00–16:30");
    expect(utcOffsetLabel(opening.start, "Europe/Madrid")).toBe("UTC+01:00");
    const february = new Date("2024-02-14T13:00:00Z");
    expect(formatTimeRange(february, new Date("2024-02-14T14:30:00Z"), "Europe/Lisbon", "pt")).toBe("13:00–14:30");
    const june = new Date("2024-06-10T13:00:00Z");
    expect(utcOffsetLabel(june, "Europe/Madrid")).toBe("UTC+02:00");
    expect(formatTimeRange(june, new Date("2024-06-10T14:00:00Z"), "Europe/Madrid", "fr")).toBe("15:00–16:00");
  });

  it("adds the date when asked, since a session can fall on another day elsewhere", () => {
    const late = new Date("2023-11-27T23:30:00Z"); // 18:30 in Bogotá, 00:30 next day in Madrid
    expect(formatTimeRange(late, new Date("2023-11-28T00:30:00Z"), "Europe/Madrid", "en", { withDate: true })).toBe(
      "Tue 28 Nov, 00:30–01:30",
    );
    expect(formatDay("2023-11-27", "es")).toBe("lunes, 27 de noviembre de 2023");
    expect(utcOffsetLabel(late, "UTC")).toBe("UTC");
  });
});

describe("stream status", () => {
  it("is upcoming before the start, live until the end, then ended", () => {
    expect(streamStatus(opening.start, opening.end, new Date("2023-11-27T13:59:59Z"))).toBe("upcoming");
    expect(streamStatus(opening.start, opening.end, opening.start)).toBe("live");
    expect(streamStatus(opening.start, opening.end, new Date("2023-11-27T15:29:59Z").getTime())).toBe("live");
    expect(streamStatus(opening.start.toISOString(), opening.end.toISOString(), opening.end)).toBe("ended");
  });
});

describe("seats and registration", () => {
  it("tells seats left, full or unlimited", () => {
    expect(seatState(null, 40)).toEqual({ kind: "unlimited" });
    expect(seatState(30, 18)).toEqual({ kind: "available", left: 12 });
    expect(seatState(30, 30)).toEqual({ kind: "full" });
  });

  it("offers registration only when switched on and inside the window", () => {
    const at = new Date("2023-11-01T00:00:00Z");
    const base = { registrationOpen: true, registrationOpensAt: null, registrationClosesAt: null };
    expect(registrationState(base, at)).toEqual({ kind: "open" });
    expect(registrationState({ ...base, registrationOpen: false }, at)).toEqual({ kind: "closed" });
    expect(registrationState({ ...base, registrationClosesAt: at }, at)).toEqual({ kind: "closed" });
    const opensAt = new Date("2023-11-02T00:00:00Z");
    expect(registrationState({ ...base, registrationOpensAt: opensAt }, at)).toEqual({ kind: "notYet", opensAt });
  });
});

describe("schedule filters", () => {
  it("rewrites filter queries to the cached path form and leaves everything else alone", () => {
    const path = "/en/events/digital-alliance-days-2023/schedule";
    expect(scheduleRewritePath(path, new URLSearchParams("theme=cybersecurity"))).toBe(`${path}/cybersecurity/all`);
    expect(scheduleRewritePath(`${path}/`, new URLSearchParams("day=2023-11-28&theme=connectivity"))).toBe(
      `${path}/connectivity/2023-11-28`,
    );
    expect(scheduleRewritePath(path, new URLSearchParams("day=2023-11-28"))).toBe(`${path}/all/2023-11-28`);
    expect(scheduleRewritePath(path, new URLSearchParams(""))).toBeNull();
    expect(scheduleRewritePath(path, new URLSearchParams("theme=../../x&day=tomorrow"))).toBeNull();
    expect(scheduleRewritePath("/en/events/x/register", new URLSearchParams("theme=a"))).toBeNull();
    expect(scheduleHref("es", "x", { theme: "ai", day: null })).toBe("/es/events/x/schedule?theme=ai");
    expect(scheduleHref("es", "x")).toBe("/es/events/x/schedule");
  });

  it("groups by event-local day, keeps plenaries with a theme and lists empty days", () => {
    const event = { timeZone: "America/Bogota", startDate: "2023-11-27", endDate: "2023-11-29" };
    const sessions = [
      { slug: "late", startsAt: new Date("2023-11-28T04:00:00Z"), theme: { slug: "ai" } }, // 23:00 on the 27th
      { slug: "plenary", startsAt: new Date("2023-11-27T14:00:00Z"), theme: null },
      { slug: "cyber", startsAt: new Date("2023-11-28T14:00:00Z"), theme: { slug: "cyber" } },
    ];
    const all = groupByDay(sessions, event);
    expect(all.map((g) => [g.day, g.sessions.map((s) => s.slug)])).toEqual([
      ["2023-11-27", ["plenary", "late"]],
      ["2023-11-28", ["cyber"]],
      ["2023-11-29", []],
    ]);
    const ai = groupByDay(sessions, event, { theme: "ai", day: "2023-11-27" });
    expect(ai.map((g) => [g.day, g.sessions.map((s) => s.slug)])).toEqual([["2023-11-27", ["plenary", "late"]]]);
  });
});
