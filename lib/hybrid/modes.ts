import type { attendanceMode, participationMode } from "@/db/schema/enums";

/** How a dialogue or a session is held: at the venue, online only, or both. */
export type ParticipationMode = (typeof participationMode.enumValues)[number];
/** How one delegate attends: at the venue or remotely. */
export type AttendanceMode = (typeof attendanceMode.enumValues)[number];

export const PARTICIPATION_MODES = ["in_person", "online", "hybrid"] as const satisfies readonly ParticipationMode[];
export const ATTENDANCE_MODES = ["in_person", "remote"] as const satisfies readonly AttendanceMode[];

/**
 * How a delegate of a dialogue in `mode` attends, given what they chose: an in-person dialogue
 * has everyone at the venue, an online one everyone remote, and a hybrid one needs the choice
 * (null when it is missing).
 */
export function attendanceFor(mode: ParticipationMode, chosen: AttendanceMode | null | undefined): AttendanceMode | null {
  if (mode === "in_person") return "in_person";
  if (mode === "online") return "remote";
  return chosen ?? null;
}

/** The cap that counts a delegate attending this way: the in-person places or the remote ones (null = unlimited). */
export function capacityFor(event: { capacity: number | null; remoteCapacity: number | null }, attendance: AttendanceMode): number | null {
  return attendance === "remote" ? event.remoteCapacity : event.capacity;
}

/** A session's own mode, else its dialogue's. */
function sessionMode(session: { participationMode: ParticipationMode | null }, event: { participationMode: ParticipationMode }) {
  return session.participationMode ?? event.participationMode;
}

/**
 * The private video link of a session for a remote delegate: its own, else the dialogue's; none
 * for a session held only in person.
 */
export function sessionRemoteLink(
  session: { participationMode: ParticipationMode | null; remoteLink: string | null },
  event: { participationMode: ParticipationMode; remoteLink: string | null },
): string | null {
  if (sessionMode(session, event) === "in_person") return null;
  return session.remoteLink ?? event.remoteLink;
}

/** The ways a delegate may attend a dialogue held in `mode`. */
export function offeredAttendance(mode: ParticipationMode): readonly AttendanceMode[] {
  return mode === "hybrid" ? ATTENDANCE_MODES : [mode === "online" ? "remote" : "in_person"];
}
