import { type DBSchema, deleteDB, type IDBPDatabase, openDB } from "idb";
import { DESK_CACHE } from "./desk-route";
import type { QueuedScan, Roster } from "./types";

/**
 * The desk's local store (IndexedDB): the roster of each dialogue this account checks in, and the
 * queue of check-ins made here. Scoped to the signed-in account: another account opening the desk
 * on this browser finds it empty, and signing out deletes it.
 */
const DB_NAME = "dialogos-checkin";

interface DeskDb extends DBSchema {
  meta: { key: string; value: string };
  rosters: { key: string; value: { desk: string; roster: Roster } };
  scans: { key: string; value: QueuedScan; indexes: { byDesk: string } };
}

export type DeskStore = {
  deviceId: string;
  roster(): Promise<Roster | null>;
  saveRoster(roster: Roster): Promise<void>;
  scans(): Promise<QueuedScan[]>;
  add(scan: QueuedScan): Promise<void>;
  saveAll(scans: QueuedScan[]): Promise<void>;
  close(): void;
};

function open(): Promise<IDBPDatabase<DeskDb>> {
  const db = openDB<DeskDb>(DB_NAME, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore("meta");
      upgrading.createObjectStore("rosters", { keyPath: "desk" });
      upgrading.createObjectStore("scans", { keyPath: "id" }).createIndex("byDesk", "desk");
    },
    // Sign-out (in this tab or another) deletes the database: let it, at once.
    blocking() {
      void db.then((d) => d.close());
    },
  });
  return db;
}

/** Opens the desk of `accountId` for dialogue `slug`, wiping what another account left here. */
export async function openDeskStore(accountId: string, slug: string): Promise<DeskStore> {
  const db = await open();
  const owner = await db.get("meta", "account");
  if (owner !== accountId) {
    // The owner is written last: a wipe cut short is done again at the next visit.
    await Promise.all([db.clear("rosters"), db.clear("scans"), db.clear("meta")]);
    await db.put("meta", accountId, "account");
  }
  let deviceId = await db.get("meta", "device");
  if (!deviceId) {
    deviceId = crypto.randomUUID();
    await db.put("meta", deviceId, "device");
  }
  const desk = `${accountId}:${slug}`;
  return {
    deviceId,
    roster: async () => (await db.get("rosters", desk))?.roster ?? null,
    saveRoster: async (roster) => {
      await db.put("rosters", { desk, roster });
    },
    scans: () => db.getAllFromIndex("scans", "byDesk", desk),
    add: async (scan) => {
      await db.put("scans", { ...scan, desk });
    },
    saveAll: async (scans) => {
      await Promise.all(scans.map((s) => db.put("scans", { ...s, desk })));
    },
    close: () => db.close(),
  };
}

/**
 * Sign-out: the roster, the queue and the cached desk page go. Never blocks sign-out for long: a
 * browser that keeps the database open gets two seconds.
 */
export async function wipeDeskData(): Promise<void> {
  const work = Promise.allSettled([
    typeof indexedDB === "undefined" ? Promise.resolve() : deleteDB(DB_NAME),
    typeof caches === "undefined" ? Promise.resolve(false) : caches.delete(DESK_CACHE),
  ]);
  await Promise.race([work, new Promise((resolve) => setTimeout(resolve, 2000))]);
}
