"use client";

import { DESK_CACHE } from "@/lib/checkin/offline/desk-route";

/**
 * Registers the worker (public/sw.js, built with the app) and keeps a copy of this desk page for
 * the next visit without network. The first visit was loaded before any worker existed, so the page
 * stores itself once; later visits are stored by the worker (network first). Resolves whether the
 * desk can now open offline.
 */
export async function cacheThisDesk(): Promise<boolean> {
  if (!("serviceWorker" in navigator) || typeof caches === "undefined") return false;
  try {
    // Offline, the browser cannot fetch the worker's script to look for an update: the worker it
    // has goes on. Ready = a worker activated, with the app's files precached.
    await navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
    await navigator.serviceWorker.ready;
    const cache = await caches.open(DESK_CACHE);
    const url = window.location.href.split("#")[0]!;
    if (!(await cache.match(url, { ignoreVary: true }))) {
      const response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
      if (!response.ok || response.redirected) return false;
      await cache.put(url, response);
    }
    return true;
  } catch {
    return false;
  }
}
