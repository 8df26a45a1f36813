/** Pure rules about time and seats for the public programme (no server code: islands use them too). */

export type StreamStatus = "upcoming" | "live" | "ended";

/** Where a session stands at `now`: live from its start (inclusive) to its end (exclusive). */
export function streamStatus(startsAt: Date | string, endsAt: Date | string, now: Date | number): StreamStatus {
  const t = typeof now === "number" ? now : now.getTime();
  if (t < new Date(startsAt).getTime()) return "upcoming";
  if (t < new Date(endsAt).getTime()) return "live";
  return "ended";
}

export type SeatState = { kind: "unlimited" } | { kind: "available"; left: number } | { kind: "full" };

/** "12 seats left", "full: waiting list" or unlimited, from capacity (null = unlimited) and seats taken. */
export function seatState(capacity: number | null, seatsTaken: number): SeatState {
  if (capacity === null) return { kind: "unlimited" };
  const left = capacity - seatsTaken;
  return left > 0 ? { kind: "available", left } : { kind: "full" };
}

/** Dialogues the public sees: published ones, and archived ones (past, read-only, registration closed). */
export const PUBLIC_STATUSES = ["published", "archived"] as const;

export type RegistrationState = { kind: "open" } | { kind: "closed" } | { kind: "notYet"; opensAt: Date };

/** Whether the register button is offered: never for an archived dialogue; else the organisers' switch and the optional window. */
export function registrationState(
  event: { status?: string; registrationOpen: boolean; registrationOpensAt: Date | null; registrationClosesAt: Date | null },
  now: Date,
): RegistrationState {
  if (event.status === "archived" || !event.registrationOpen) return { kind: "closed" };
  if (event.registrationClosesAt && now.getTime() >= event.registrationClosesAt.getTime()) return { kind: "closed" };
  if (event.registrationOpensAt && now.getTime() < event.registrationOpensAt.getTime()) {
    return { kind: "notYet", opensAt: event.registrationOpensAt };
  }
  return { kind: "open" };
}
