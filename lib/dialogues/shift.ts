import { zonedDay, zonedInstant } from "@/lib/time";

const DAY_MS = 86_400_000;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function shiftDay(day: string, days: number): string {
  return addDays(day, days);
}

function wallClock(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
}

/**
 * Moves an instant by whole days while keeping its wall-clock time, from one zone into another:
 * 09:00 in Bogotá on the first day becomes 09:00 in Lima on the new first day. Wall-clock rather
 * than elapsed time, because a programme is read by its local hours (and daylight saving differs).
 */
export function shiftInstant(instant: Date, from: { timeZone: string }, to: { timeZone: string }, days: number): Date {
  return zonedInstant(addDays(zonedDay(instant, from.timeZone), days), wallClock(instant, from.timeZone), to.timeZone);
}
