"use client";

import { useSyncExternalStore } from "react";

/**
 * The app's clock in the browser. A cached page was rendered at some past instant; this asks the
 * server once for its current time (`GET /api/time`, the same clock the server uses, so a test or
 * demo clock applies) and then ticks along locally every 30 s. Until the answer arrives, components
 * use the instant the page was rendered at, so hydration matches the server HTML.
 */
let offsetMs: number | null = null;
let snapshot: number | null = null;
let started = false;
const listeners = new Set<() => void>();

function publish() {
  snapshot = offsetMs === null ? null : Date.now() + offsetMs;
  for (const listener of listeners) listener();
}

function start() {
  if (started) return;
  started = true;
  fetch("/api/time", { cache: "no-store" })
    .then((response) => (response.ok ? (response.json() as Promise<{ now: string }>) : Promise.reject(response)))
    .then(({ now }) => {
      offsetMs = Date.parse(now) - Date.now();
    })
    // Without an answer the browser's own clock is the best guess.
    .catch(() => {
      offsetMs = 0;
    })
    .finally(() => {
      publish();
      setInterval(publish, 30_000);
    });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  start();
  return () => listeners.delete(listener);
}

/** Milliseconds since the epoch by the app's clock; `renderedAt` until the server has answered. */
export function useNow(renderedAt: number): number {
  return (
    useSyncExternalStore(
      subscribe,
      () => snapshot,
      () => null,
    ) ?? renderedAt
  );
}
