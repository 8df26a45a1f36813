/**
 * What the offline desk keeps and sends: the check-in API's shapes (lib/checkin/contract.ts, shared
 * with the route handlers) and the desk's own queue entry. Browser-safe: types only.
 */
import type { Roster, SyncResponse } from "@/lib/checkin/contract";

export type { Roster };

export type RosterRegistration = Roster["registrations"][number];

export type SyncResult = SyncResponse["results"][number];

/** One check-in made at this desk: stored first, sent when the network allows, kept with its answer. */
export type QueuedScan = {
  id: string;
  /** `${accountId}:${slug}`: whose desk, for which dialogue. */
  desk: string;
  code?: string;
  registrationId?: number;
  sessionId: number | null;
  scannedAt: string;
  admitWithoutSignup?: boolean;
  /** The name shown at the desk (from the roster), null for a delegate the roster does not know yet. */
  name: string | null;
  /** Set once the server has answered. */
  result?: SyncResult;
};
