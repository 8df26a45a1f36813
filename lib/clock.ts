/**
 * The one clock everything time-dependent reads (live now, registration windows, check-in days).
 *
 * By default it is the system time. Setting DIALOGOS_NOW (an ISO date-time) starts the clock at
 * that instant and lets it run on from there, so a demo or a test can be "during the dialogue".
 * Tests can move it with `setClock` (the e2e server exposes that through its test API only).
 *
 * The offset lives on globalThis because Next may load this module once per server bundle.
 */
import { environment } from "./config";

type ClockState = { offsetMs: number };
const g = globalThis as typeof globalThis & { __dialogosClock?: ClockState };

function state(): ClockState {
  if (!g.__dialogosClock) {
    const start = environment().DIALOGOS_NOW;
    const instant = start ? Date.parse(start) : Number.NaN;
    g.__dialogosClock = { offsetMs: Number.isNaN(instant) ? 0 : instant - Date.now() };
  }
  return g.__dialogosClock;
}

export function now(): Date {
  return new Date(Date.now() + state().offsetMs);
}

/** Makes the clock read `instant` now and run on from there; `null` returns to system time. */
export function setClock(instant: Date | null): void {
  if (instant && Number.isNaN(instant.getTime())) throw new RangeError("Invalid clock instant");
  state().offsetMs = instant ? instant.getTime() - Date.now() : 0;
}
