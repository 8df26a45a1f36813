import "server-only";
import { and, asc, count, countDistinct, eq, isNotNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { registrations, remoteJoins, sessions } from "@/db/schema";

/**
 * Remote attendance, apart from door check-ins: how many delegates followed their tracked link to
 * the private conference (and how often), overall and per session.
 */
export async function remoteJoinStats(db: Executor, eventId: number) {
  const ofEvent = eq(registrations.eventId, eventId);
  const [[total], perSession] = await Promise.all([
    db
      .select({ delegates: countDistinct(remoteJoins.registrationId), joins: count() })
      .from(remoteJoins)
      .innerJoin(registrations, eq(registrations.id, remoteJoins.registrationId))
      .where(ofEvent),
    db
      .select({ id: sessions.id, title: sessions.title, startsAt: sessions.startsAt, delegates: countDistinct(remoteJoins.registrationId) })
      .from(remoteJoins)
      .innerJoin(registrations, eq(registrations.id, remoteJoins.registrationId))
      .innerJoin(sessions, eq(sessions.id, remoteJoins.sessionId))
      .where(and(ofEvent, isNotNull(remoteJoins.sessionId)))
      .groupBy(sessions.id)
      .orderBy(asc(sessions.startsAt), asc(sessions.id)),
  ]);
  return { delegates: total?.delegates ?? 0, joins: total?.joins ?? 0, perSession };
}
