import { describe, expect, it } from "vitest";
import { dayIn, decide } from "@/lib/checkin/offline/decide";
import { foldText, searchRoster } from "@/lib/checkin/offline/search";
import type { QueuedScan, Roster, RosterRegistration } from "@/lib/checkin/offline/types";

function person(id: number, name: string, extra: Partial<RosterRegistration> = {}): RosterRegistration {
  return {
    id,
    name,
    sortName: name,
    organisation: "Ministerio",
    delegation: null,
    status: "confirmed",
    sessions: [],
    checkIns: [],
    ...extra,
  };
}

const roster: Roster = {
  eventId: 7,
  slug: "dialogue",
  timeZone: "America/Bogota",
  publicKey: "key",
  syncedAt: "2026-12-06T13:00:00Z",
  sessions: [
    { id: 10, title: { en: "Open panel" }, startsAt: "2026-12-06T14:00:00Z", endsAt: "2026-12-06T15:00:00Z", walkIns: true },
    { id: 11, title: { en: "Closed workshop" }, startsAt: "2026-12-06T16:00:00Z", endsAt: "2026-12-06T17:00:00Z", walkIns: false },
  ],
  registrations: [
    person(1, "José Muñoz", { organisation: "Cancillería", delegation: "Colombia", sessions: [{ id: 10, status: "confirmed" }] }),
    person(2, "Łucja Ørsted", { sessions: [{ id: 11, status: "waitlisted" }] }),
    person(3, "Ana Cancelada", { status: "cancelled" }),
    person(4, "Rui Recusado", { status: "rejected" }),
    person(5, "Eva Pendiente", { status: "pending" }),
    person(6, "Marta Early", { checkIns: [{ day: "2026-12-06", sessionId: null, at: "2026-12-06T14:12:00Z", by: "Desk A" }] }),
  ],
};

// 09:30 in Bogotá on 6 December.
const now = new Date("2026-12-06T14:30:00Z");
const at = (sessionId: number | null, online = false) => ({ sessionId, now, online });
const registration = (registrationId: number) => ({ kind: "registration" as const, registrationId });

describe("offline desk search", () => {
  it("ignores accents, case and letters Unicode does not split", () => {
    expect(foldText("  José   MUÑOZ ")).toBe("jose munoz");
    expect(foldText("Łucja Ørsted")).toBe("lucja orsted");
    expect(searchRoster(roster.registrations, "jose munoz").map((r) => r.id)).toEqual([1]);
    expect(searchRoster(roster.registrations, "LUCJA").map((r) => r.id)).toEqual([2]);
  });

  it("matches every word across name, organisation and delegation", () => {
    expect(searchRoster(roster.registrations, "muñoz colombia").map((r) => r.id)).toEqual([1]);
    expect(searchRoster(roster.registrations, "cancilleria").map((r) => r.id)).toEqual([1]);
    expect(searchRoster(roster.registrations, "muñoz peru")).toEqual([]);
    expect(searchRoster(roster.registrations, "   ")).toEqual([]);
    expect(searchRoster(roster.registrations, "ministerio", 2)).toHaveLength(2);
  });
});

describe("offline desk decisions", () => {
  it("admits a confirmed delegate, and a valid code the roster does not know yet", () => {
    expect(decide(roster, [], registration(1), at(null))).toMatchObject({ kind: "admit", registrationId: 1, name: "José Muñoz" });
    expect(decide(roster, [], registration(99), at(null))).toEqual({ kind: "admitNew", registrationId: 99 });
  });

  it("refuses forged codes, other dialogues' codes, and old codes while offline", () => {
    expect(decide(roster, [], { kind: "forged" }, at(null))).toMatchObject({ kind: "refused", reason: "forged" });
    expect(decide(roster, [], { kind: "otherDialogue" }, at(null))).toMatchObject({ kind: "refused", reason: "otherDialogue" });
    expect(decide(roster, [], { kind: "unsigned", code: "abc" }, at(null))).toMatchObject({ kind: "refused", reason: "oldCode" });
    expect(decide(roster, [], { kind: "unsigned", code: "abc" }, at(null, true))).toEqual({ kind: "checkOnline", code: "abc" });
  });

  it("shows cancelled, declined and unconfirmed registrations as such", () => {
    expect(decide(roster, [], registration(3), at(null))).toMatchObject({ kind: "refused", reason: "cancelled", name: "Ana Cancelada" });
    expect(decide(roster, [], registration(4), at(null))).toMatchObject({ kind: "refused", reason: "declined" });
    expect(decide(roster, [], registration(5), at(null))).toMatchObject({ kind: "refused", reason: "notConfirmed" });
  });

  it("says when and by whom a delegate was already checked in, from the roster or this desk's queue", () => {
    expect(decide(roster, [], registration(6), at(null))).toEqual({
      kind: "already",
      name: "Marta Early",
      at: "2026-12-06T14:12:00Z",
      by: "Desk A",
    });
    // Yesterday's arrival does not count today; a session check-in is not a venue check-in.
    const tomorrow = { sessionId: null, now: new Date("2026-12-07T14:30:00Z"), online: false };
    expect(decide(roster, [], registration(6), tomorrow).kind).toBe("admit");
    const queued: QueuedScan = {
      id: "s1",
      desk: "1:dialogue",
      registrationId: 1,
      sessionId: null,
      scannedAt: "2026-12-06T14:20:00Z",
      name: "José Muñoz",
    };
    expect(decide(roster, [queued], registration(1), at(null))).toMatchObject({ kind: "already", by: null });
    expect(decide(roster, [queued], registration(1), at(10)).kind).toBe("admit");
    // A queued scan the server refused is no check-in.
    const refused = {
      ...queued,
      result: { id: "s1", status: "notConfirmed" as const, registrationId: 1, name: null, at: null, by: null, device: null },
    };
    expect(decide(roster, [refused], registration(1), at(null)).kind).toBe("admit");
  });

  it("at a session's door, tells who is not signed up or waitlisted, and whether walk-ins are allowed", () => {
    expect(decide(roster, [], registration(1), at(10)).kind).toBe("admit");
    expect(decide(roster, [], registration(1), at(11))).toMatchObject({ kind: "notSignedUp", walkIns: false });
    expect(decide(roster, [], registration(2), at(11))).toMatchObject({ kind: "waitlisted", walkIns: false });
    expect(decide(roster, [], registration(2), at(10))).toMatchObject({ kind: "notSignedUp", walkIns: true });
  });

  it("counts days in the dialogue's time zone", () => {
    expect(dayIn("America/Bogota", new Date("2026-12-07T03:00:00Z"))).toBe("2026-12-06");
    expect(dayIn("Europe/Lisbon", new Date("2026-12-07T03:00:00Z"))).toBe("2026-12-07");
  });
});
