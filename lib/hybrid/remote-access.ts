import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type Event, type Registration, remoteJoins, sessions } from "@/db/schema";
import { clientLimitKey } from "@/lib/client-address";
import { now } from "@/lib/clock";
import { consumeLimit, type LimitPolicy, type LimitResult } from "@/lib/rate-limit";
import { sessionRemoteLink } from "./modes";

type LinkEvent = Pick<Event, "participationMode" | "remoteLink">;

/**
 * Whether this delegate may see the dialogue's private video links: confirmed (address checked and,
 * where organisers approve, approved), attending remotely, of a dialogue held online or hybrid.
 * Pending, waitlisted, in-person or cancelled delegates never do.
 */
export function seesRemoteLink(registration: Pick<Registration, "status" | "attendance">, event: LinkEvent): boolean {
  return registration.status === "confirmed" && registration.attendance === "remote" && event.participationMode !== "in_person";
}

/** The dialogue's own private link for this delegate, or null where they may not see it. */
export function dialogueRemoteLinkFor(registration: Pick<Registration, "status" | "attendance">, event: LinkEvent): string | null {
  return seesRemoteLink(registration, event) ? event.remoteLink : null;
}

/** Follows of the tracked link per client address (the tokens are unguessable; this stops someone trying many). */
const remoteJoinLimit: LimitPolicy = { name: "remote-join", points: 60, durationSeconds: 15 * 60 };

export function allowRemoteJoin(headers: Pick<Headers, "get">): Promise<LimitResult> {
  return consumeLimit(remoteJoinLimit, `ip:${clientLimitKey(headers)}`);
}

/**
 * A remote delegate follows their tracked link (to the dialogue's conference, or one session's):
 * the join is recorded and the private link returned to redirect to; null (nothing recorded) where
 * they may not see it, the session is not of their dialogue, or there is no link.
 */
export async function recordRemoteJoin(
  db: Database,
  registration: Pick<Registration, "id" | "eventId" | "status" | "attendance">,
  event: LinkEvent,
  sessionId: number | null,
): Promise<string | null> {
  if (!seesRemoteLink(registration, event)) return null;
  let link = event.remoteLink;
  if (sessionId != null) {
    const [session] = await db
      .select({ participationMode: sessions.participationMode, remoteLink: sessions.remoteLink })
      .from(sessions)
      .where(and(eq(sessions.id, sessionId), eq(sessions.eventId, registration.eventId)));
    link = session ? sessionRemoteLink(session, event) : null;
  }
  if (!link) return null;
  await db.insert(remoteJoins).values({ registrationId: registration.id, sessionId, joinedAt: now() });
  return link;
}
