import type { LocalizedText } from "@/db/schema/localized";

/**
 * The check-in API's shapes, shared by the server (lib/checkin/roster.ts, sync.ts) and the offline
 * desk in the browser (types only: nothing here reaches a bundle).
 */

/** GET /api/checkin/[slug]/roster */
export type Roster = {
  eventId: number;
  slug: string;
  timeZone: string;
  /** Verifies signed check-in codes offline (base64url, raw 32-byte Ed25519 key). */
  publicKey: string;
  syncedAt: string;
  sessions: { id: number; title: LocalizedText; startsAt: string; endsAt: string; walkIns: boolean }[];
  registrations: RosterRegistration[];
};

type RosterRegistration = {
  id: number;
  name: string;
  sortName: string;
  organisation: string;
  delegation: string | null;
  /** The registration's status: only "confirmed" is checked in; the others are shown as such. */
  status: string;
  /** Sessions signed up for: a confirmed seat, or a place on the waiting list. */
  sessions: { id: number; status: "confirmed" | "waitlisted" }[];
  checkIns: { day: string; sessionId: number | null; at: string; by: string | null }[];
};

/** POST /api/checkin/[slug]/sync (at most 500 scans). */
export type SyncRequest = {
  deviceId: string;
  scans: {
    /** A UUID made by the device (crypto.randomUUID()); the same scan sent again keeps it. */
    id: string;
    code?: string;
    registrationId?: number;
    sessionId: number | null;
    /** ISO 8601 with an offset or Z. */
    scannedAt: string;
    admitWithoutSignup?: boolean;
  }[];
};

type SyncStatus = "checkedIn" | "already" | "notSignedUp" | "waitlisted" | "notConfirmed" | "unknown" | "badSession";

/** One answer per scan, in the order of the request. */
export type SyncResponse = {
  results: {
    id: string;
    status: SyncStatus;
    registrationId: number | null;
    name: string | null;
    at: string | null;
    by: string | null;
    device: string | null;
  }[];
};
