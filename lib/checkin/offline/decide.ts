import type { QueuedScan, Roster, RosterRegistration } from "./types";

/** Who a scanned or picked delegate is, before the rules: what `readCode` made of a QR code. */
export type Target =
  | { kind: "registration"; registrationId: number }
  /** A code from before signed codes: only the server can resolve it, when the desk syncs. */
  | { kind: "unsigned"; code: string }
  | { kind: "forged" }
  | { kind: "otherDialogue" };

export type Decision =
  | { kind: "admit"; registrationId: number; name: string; organisation: string }
  /** A valid signed code of someone registered after the last roster sync. */
  | { kind: "admitNew"; registrationId: number }
  /** A code from before signed codes, with the network up: the server decides at once. */
  | { kind: "checkOnline"; code: string }
  | { kind: "already"; name: string; at: string; by: string | null }
  | { kind: "refused"; reason: "forged" | "otherDialogue" | "oldCode" | "cancelled" | "declined" | "notConfirmed"; name: string | null }
  /** At a session's door: not on its list (or only on its waiting list); walk-ins decide. */
  | { kind: "notSignedUp" | "waitlisted"; registrationId: number; name: string; walkIns: boolean };

/** The calendar day of an instant in the dialogue's time zone (YYYY-MM-DD), as the server counts days. */
export function dayIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

function earlierCheckIn(roster: Roster, queue: QueuedScan[], r: RosterRegistration, sessionId: number | null, today: string) {
  const synced = r.checkIns.find((c) => c.sessionId === sessionId && (sessionId !== null || c.day === today));
  if (synced) return { at: synced.at, by: synced.by };
  const local = queue.find(
    (s) =>
      s.registrationId === r.id &&
      s.sessionId === sessionId &&
      (sessionId !== null || dayIn(roster.timeZone, new Date(s.scannedAt)) === today) &&
      (!s.result || s.result.status === "checkedIn"),
  );
  return local ? { at: local.scannedAt, by: null } : null;
}

/**
 * The desk's decision with no network, from the last roster and this desk's own queue. The server
 * decides again when the queue syncs (first check-in wins); this only has to be right for the
 * person at the door now.
 */
export function decide(
  roster: Roster,
  queue: QueuedScan[],
  target: Target,
  place: { sessionId: number | null; now: Date; online: boolean },
): Decision {
  const { sessionId, now } = place;
  if (target.kind === "forged" || target.kind === "otherDialogue") return { kind: "refused", reason: target.kind, name: null };
  // Old codes are opaque: offline nobody can tell a real one from a made-up one.
  if (target.kind === "unsigned")
    return place.online ? { kind: "checkOnline", code: target.code } : { kind: "refused", reason: "oldCode", name: null };
  const r = roster.registrations.find((x) => x.id === target.registrationId);
  if (!r) return { kind: "admitNew", registrationId: target.registrationId };
  if (r.status === "cancelled") return { kind: "refused", reason: "cancelled", name: r.name };
  if (r.status === "rejected") return { kind: "refused", reason: "declined", name: r.name };
  if (r.status !== "confirmed") return { kind: "refused", reason: "notConfirmed", name: r.name };
  const earlier = earlierCheckIn(roster, queue, r, sessionId, dayIn(roster.timeZone, now));
  if (earlier) return { kind: "already", name: r.name, ...earlier };
  if (sessionId !== null) {
    const signup = r.sessions.find((s) => s.id === sessionId);
    if (signup?.status !== "confirmed") {
      const walkIns = roster.sessions.find((s) => s.id === sessionId)?.walkIns ?? false;
      return { kind: signup ? "waitlisted" : "notSignedUp", registrationId: r.id, name: r.name, walkIns };
    }
  }
  return { kind: "admit", registrationId: r.id, name: r.name, organisation: r.organisation };
}
