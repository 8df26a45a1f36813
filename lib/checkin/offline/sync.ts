import type { QueuedScan, Roster, SyncResult } from "./types";

/** The largest batch the sync endpoint takes. */
const BATCH = 500;

export class DeskHttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new DeskHttpError(response.status);
  return (await response.json()) as T;
}

/** The dialogue's roster for this account (401/403 when the session ended or the role changed). */
export async function fetchRoster(slug: string): Promise<Roster> {
  const roster = await json<Roster>(await fetch(`/api/checkin/${encodeURIComponent(slug)}/roster`, { cache: "no-store" }));
  if (!Array.isArray(roster.registrations) || typeof roster.publicKey !== "string") throw new Error("Unexpected roster");
  return roster;
}

/**
 * Sends the scans that have no answer yet, in batches. Safe to repeat: the server answers a scan id
 * it already has with the same result and no second check-in, so a batch lost on the way back is
 * simply sent again. Returns the scans with their answers.
 */
export async function sendScans(slug: string, deviceId: string, pending: QueuedScan[]): Promise<QueuedScan[]> {
  const answered: QueuedScan[] = [];
  for (let start = 0; start < pending.length; start += BATCH) {
    const batch = pending.slice(start, start + BATCH);
    const body = {
      deviceId,
      scans: batch.map((s) => ({
        id: s.id,
        code: s.code,
        registrationId: s.registrationId,
        sessionId: s.sessionId,
        scannedAt: s.scannedAt,
        admitWithoutSignup: s.admitWithoutSignup,
      })),
    };
    const { results } = await json<{ results: SyncResult[] }>(
      await fetch(`/api/checkin/${encodeURIComponent(slug)}/sync`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      }),
    );
    const byId = new Map(results.map((r) => [r.id, r]));
    for (const scan of batch) {
      const result = byId.get(scan.id);
      if (result) answered.push({ ...scan, name: scan.name ?? result.name, result });
    }
  }
  return answered;
}
