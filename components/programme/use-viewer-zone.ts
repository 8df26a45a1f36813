"use client";

import { useSyncExternalStore } from "react";

/**
 * Whether times show in the viewer's own zone instead of the event's. Remembered in localStorage
 * so the choice holds across pages; the server always renders the event's zone (no JavaScript,
 * no surprise), and the browser switches after hydration.
 */
const key = "dialogos:viewer-zone";
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return window.localStorage.getItem(key) === "1";
  } catch {
    return false;
  }
}

let current: boolean | null = null;

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setViewerZone(on: boolean) {
  current = on;
  try {
    window.localStorage.setItem(key, on ? "1" : "0");
  } catch {
    // Private modes may refuse storage; the switch still works for this page.
  }
  for (const listener of listeners) listener();
}

/** The viewer's IANA zone when they chose it, otherwise null (use the event's zone). */
export function useViewerZone(): string | null {
  const on = useSyncExternalStore(
    subscribe,
    () => (current ??= read()),
    () => false,
  );
  return on ? browserZone() : null;
}

export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
