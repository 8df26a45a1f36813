"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { type DeskStore, openDeskStore } from "@/lib/checkin/offline/store";
import { DeskHttpError, fetchRoster, sendScans } from "@/lib/checkin/offline/sync";
import type { QueuedScan, Roster } from "@/lib/checkin/offline/types";
import { cacheThisDesk } from "./service-worker";

/** How often an open desk sends its queue and refreshes the roster while online. */
const SYNC_EVERY_MS = 20_000;

export type DeskProblem = "signIn" | "forbidden" | "failed" | null;

/**
 * The desk's data: the roster and queue from IndexedDB, sent and refreshed on load, when the
 * network comes back and on a timer. Every check-in is stored before anything is sent.
 */
export function useDeskSync(accountId: string, slug: string) {
  const storeRef = useRef<DeskStore | null>(null);
  const syncingRef = useRef(false);
  const [roster, setRoster] = useState<Roster | null>(null);
  const [scans, setScans] = useState<QueuedScan[]>([]);
  const [online, setOnline] = useState(true);
  const [loaded, setLoaded] = useState(false);
  const [problem, setProblem] = useState<DeskProblem>(null);
  const [offlineReady, setOfflineReady] = useState(false);

  const sync = useCallback(async () => {
    const store = storeRef.current;
    if (!store || syncingRef.current || !navigator.onLine) return;
    syncingRef.current = true;
    try {
      const pending = (await store.scans()).filter((s) => !s.result);
      if (pending.length > 0) {
        await store.saveAll(await sendScans(slug, store.deviceId, pending));
        setScans(await store.scans());
      }
      const fresh = await fetchRoster(slug);
      await store.saveRoster(fresh);
      setRoster(fresh);
      setProblem(null);
    } catch (error) {
      setProblem(
        error instanceof DeskHttpError && error.status === 401
          ? "signIn"
          : error instanceof DeskHttpError && error.status === 403
            ? "forbidden"
            : "failed",
      );
    } finally {
      syncingRef.current = false;
    }
  }, [slug]);

  useEffect(() => {
    let closed = false;
    setOnline(navigator.onLine);
    void (async () => {
      const store = await openDeskStore(accountId, slug);
      if (closed) return store.close();
      storeRef.current = store;
      setRoster(await store.roster());
      setScans(await store.scans());
      setLoaded(true);
      await sync();
      if (!closed) setOfflineReady(await cacheThisDesk());
    })();
    const goOnline = () => {
      setOnline(true);
      void sync();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    const timer = window.setInterval(() => void sync(), SYNC_EVERY_MS);
    return () => {
      closed = true;
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
      window.clearInterval(timer);
      storeRef.current?.close();
      storeRef.current = null;
    };
  }, [accountId, slug, sync]);

  /** Stores a check-in, shows it, and sends it at once when the network is there. */
  const enqueue = useCallback(
    async (scan: Omit<QueuedScan, "id" | "desk" | "scannedAt">) => {
      const store = storeRef.current;
      if (!store) return null;
      const queued: QueuedScan = { ...scan, id: crypto.randomUUID(), desk: "", scannedAt: new Date().toISOString() };
      await store.add(queued);
      setScans(await store.scans());
      await sync();
      return (await store.scans()).find((s) => s.id === queued.id) ?? queued;
    },
    [sync],
  );

  return { roster, scans, online, loaded, problem, offlineReady, deviceId: storeRef.current?.deviceId ?? null, enqueue };
}
