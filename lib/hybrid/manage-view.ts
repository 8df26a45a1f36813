import "server-only";
import type { Event, Registration, Session } from "@/db/schema";
import { localize } from "@/lib/i18n/localize";
import { isLive } from "@/lib/registration/live";
import { type AttendanceMode, sessionRemoteLink } from "./modes";
import { seesRemoteLink } from "./remote-access";

export type ManageParticipation = {
  attendance: AttendanceMode;
  /** The way the delegate may switch to (a hybrid dialogue, a place held), or null. */
  switchTo: AttendanceMode | null;
  /** Remote but not (yet) confirmed: the link will come. */
  linkPending: boolean;
  /** Tracked links (through the join route, never the private link itself) to show. */
  joins: { href: string; sessionTitle: string | null }[];
};

/**
 * What the delegate's own page shows of hybrid participation: how they take part, whether they may
 * switch, and, for a confirmed remote delegate only, their tracked links to the private conference
 * (the dialogue's, and each confirmed session's own). Null for a dialogue held only in person.
 */
export function manageParticipation(
  registration: Registration,
  event: Event,
  signups: { status: string; session: Session }[],
  base: { locale: string; token: string; at: Date },
): ManageParticipation | null {
  if (event.participationMode === "in_person") return null;
  const href = (sessionId?: number) =>
    `/${base.locale}/manage/${encodeURIComponent(base.token)}/join${sessionId ? `?session=${sessionId}` : ""}`;
  const joins: ManageParticipation["joins"] = [];
  if (seesRemoteLink(registration, event)) {
    if (event.remoteLink) joins.push({ href: href(), sessionTitle: null });
    for (const { status, session } of signups) {
      const own = status === "confirmed" && session.remoteLink ? sessionRemoteLink(session, event) : null;
      if (own) joins.push({ href: href(session.id), sessionTitle: localize(session.title, base.locale) });
    }
  }
  const other: AttendanceMode = registration.attendance === "remote" ? "in_person" : "remote";
  return {
    attendance: registration.attendance,
    switchTo: event.participationMode === "hybrid" && isLive(registration, base.at) ? other : null,
    linkPending: registration.attendance === "remote" && !seesRemoteLink(registration, event) && isLive(registration, base.at),
    joins,
  };
}
