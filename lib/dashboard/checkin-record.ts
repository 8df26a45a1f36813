import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { checkIns, type Event, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { zonedInstant } from "@/lib/time";

/** A device clock may run a little fast; beyond this, its time is not believed. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When the check-in happened: the device's time of scan (an offline desk syncs later, and the
 * arrival is what counts), unless that time cannot be right: ahead of the server by more than a few
 * minutes, or before the day before the dialogue starts (a phone whose clock was reset). Then the
 * time the server received the scan is the best guess left.
 */
export function checkInTime(event: Pick<Event, "startDate" | "timeZone">, scannedAt: Date | undefined): Date {
  const received = now();
  if (!scannedAt || Number.isNaN(scannedAt.getTime())) return received;
  const earliest = zonedInstant(event.startDate, "00:00", event.timeZone).getTime() - DAY_MS;
  const latest = received.getTime() + FUTURE_TOLERANCE_MS;
  const time = scannedAt.getTime();
  return time < earliest || time > latest ? received : scannedAt;
}

export type EarlierCheckIn = { day: string; at: Date; by: string | null; device: string | null; admittedWithoutSignup: boolean };

type Place = { registrationId: number; sessionId: number | null };

const recorded = {
  registrationId: checkIns.registrationId,
  day: checkIns.day,
  sessionId: checkIns.sessionId,
  at: checkIns.checkedInAt,
  by: users.name,
  device: checkIns.deviceId,
  admittedWithoutSignup: checkIns.admittedWithoutSignup,
};

function view(row: EarlierCheckIn): EarlierCheckIn {
  return { day: row.day, at: row.at, by: row.by ?? null, device: row.device, admittedWithoutSignup: row.admittedWithoutSignup };
}

/** The check-in already recorded for the delegate at that place (the one that won), if any. */
export async function earlierCheckIn(db: Executor, place: Place & { day: string }): Promise<EarlierCheckIn | null> {
  const [row] = await db
    .select(recorded)
    .from(checkIns)
    .leftJoin(users, eq(users.id, checkIns.checkedInById))
    .where(
      and(
        eq(checkIns.registrationId, place.registrationId),
        eq(checkIns.day, place.day),
        place.sessionId === null ? isNull(checkIns.sessionId) : eq(checkIns.sessionId, place.sessionId),
      ),
    );
  return row ? view(row) : null;
}

/**
 * The check-in a scan with this id recorded before (a sync sent again after a lost answer), or
 * "other" when the id belongs to a check-in of another delegate or place: a device that reuses ids
 * must not be told that a different scan went through.
 */
export async function replayedCheckIn(db: Executor, clientId: string, place: Place): Promise<EarlierCheckIn | "other" | null> {
  const [row] = await db
    .select(recorded)
    .from(checkIns)
    .leftJoin(users, eq(users.id, checkIns.checkedInById))
    .where(eq(checkIns.clientId, clientId));
  if (!row) return null;
  // Not the day: a scan whose time was not believed gets the time of receipt, which a retry changes.
  const same = row.registrationId === place.registrationId && row.sessionId === place.sessionId;
  return same ? view(row) : "other";
}
