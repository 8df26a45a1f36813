/**
 * What the offline desk keeps and sends, in the shapes of the roster and sync route handlers
 * (GET /api/checkin/[slug]/roster, POST /api/checkin/[slug]/sync). Browser-safe: no server code.
 */
type LocalizedTitle = Record<string, string>;

type RosterSession = { id: number; title: LocalizedTitle; startsAt: string; endsAt: string; walkIns: boolean };

type RosterCheckIn = { day: string; sessionId: number | null; at: string; by: string | null };

export type RosterRegistration = {
  id: number;
  name: string;
  sortName: string;
  organisation: string;
  delegation: string | null;
  status: string;
  sessions: { id: number; status: string }[];
  checkIns: RosterCheckIn[];
};

export type Roster = {
  eventId: number;
  slug: string;
  timeZone: string;
  publicKey: string;
  syncedAt: string;
  sessions: RosterSession[];
  registrations: RosterRegistration[];
};

type SyncStatus = "checkedIn" | "already" | "notSignedUp" | "waitlisted" | "notConfirmed" | "unknown" | "badSession";

export type SyncResult = {
  id: string;
  status: SyncStatus;
  registrationId: number | null;
  name: string | null;
  at: string | null;
  by: string | null;
  device: string | null;
};

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
