import type { Availability } from "./catalogue";
import type { SeatOutcome } from "./seats";

/** What `submitRegistration` (register.ts) is called with and answers: the registration's contract with its callers. */
/**
 * `invitation`: the token of the personal invitation link the form was opened with, if any.
 * `delegation`: the delegation whose focal point registers this member (its link already checked).
 */
export type RegisterContext = {
  eventSlug: string;
  locale: string;
  invitation?: string | null;
  delegation?: { id: number; deadline: Date } | null;
};

export type FieldErrors = Record<string, string[]>;

export type RegisterResult =
  /** Seats held until `holdExpiresAt`; the emailed link confirms the address and makes them the delegate's. */
  | {
      kind: "registered";
      registrationId: number;
      /** `unconfirmed` until the delegate confirms their address; a focal point's member at once. */
      status: "unconfirmed" | "pending" | "confirmed";
      holdExpiresAt: Date | null;
      manageToken: string;
      seats: Record<number, SeatOutcome>;
    }
  /** The dialogue was full: on its waiting list at `position` (1 = next), no place or seat held. */
  | { kind: "waitlisted"; registrationId: number; position: number; manageToken: string }
  /** The address already has a registration: nothing created, its manage link sent again. */
  | { kind: "alreadyRegistered" }
  /** The same form submission arrived again (double click, retry): the first one stands. */
  | { kind: "resubmitted"; registrationId: number }
  | { kind: "unavailable"; reason: Exclude<Availability, { open: true }>["reason"] }
  /** Too many registrations of this dialogue wait for their address to be confirmed: try again later. */
  | { kind: "tooManyHolds" }
  | { kind: "notFound" }
  /** An invite-only dialogue, and no invitation link came with the form. */
  | { kind: "invitationRequired" }
  /** The invitation link is used up (or was replaced by a newer one, or never existed). */
  | { kind: "invitationUsed" }
  /** The delegation's places are all taken. */
  | { kind: "quotaFull" }
  /** The delegation's deadline has passed: only the organisers can add members now. */
  | { kind: "deadlinePassed" }
  | { kind: "invalid"; errors: FieldErrors; clash?: [string, string] };
