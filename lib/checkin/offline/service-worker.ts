/// <reference lib="webworker" />
// The service worker of the offline check-in desk, bundled into public/sw.js after `next build`
// (scripts/build-service-worker.mjs). It keeps two things for a desk with no network:
// - the app's own static files (JS, CSS, fonts, icons), precached from the build's manifest;
// - the desk page itself (network first, the last copy when the network fails).
// Nothing else is cached: no other dashboard page, no API answer. The roster and the queue of
// check-ins (personal data) live in IndexedDB only, wiped on sign-out.
import { CacheableResponsePlugin, NetworkFirst, type PrecacheEntry, Serwist, type SerwistGlobalConfig } from "serwist";
import { DESK_CACHE, isDeskPage } from "./desk-route";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    {
      // The desk page as a document: a navigation, or the desk's own request right after the
      // worker starts (the first visit was loaded before the worker existed). Never the RSC
      // payload of a client-side navigation.
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.method === "GET" && isDeskPage(url.pathname) && !request.headers.has("RSC") && !url.searchParams.has("_rsc"),
      handler: new NetworkFirst({
        cacheName: DESK_CACHE,
        // A venue network that hangs is as bad as none: fall back to the copy after a few seconds.
        networkTimeoutSeconds: 4,
        matchOptions: { ignoreVary: true },
        plugins: [
          new CacheableResponsePlugin({ statuses: [200] }),
          // A sign-in page reached by a redirect (session ended) must never replace the desk.
          { cacheWillUpdate: async ({ response }) => (response.redirected ? null : response) },
        ],
      }),
    },
  ],
});

serwist.addEventListeners();
