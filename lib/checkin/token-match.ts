import "server-only";
import { and, eq, isNull, type SQL } from "drizzle-orm";
import { registrations } from "@/db/schema";
import { isSignedCheckInCode, verifyCheckInCode } from "./code";
import { checkInPublicKey } from "./signing";

/**
 * Which registration a scanned or typed code names, as a condition on `registrations`, or null
 * when it names none of this dialogue. A signed code (DLG1.…) must verify with the server's key and
 * name this dialogue; it then finds its registration by id, unless that one was erased. Anything
 * else is an old opaque check-in token (emails and badges from before signed codes), looked up as
 * stored.
 */
export async function checkInTokenMatch(eventId: number, token: string): Promise<SQL | null> {
  if (!isSignedCheckInCode(token)) return eq(registrations.checkInToken, token);
  const named = await verifyCheckInCode(token, await checkInPublicKey());
  if (named?.eventId !== eventId) return null;
  return and(eq(registrations.id, named.registrationId), isNull(registrations.erasedAt)) ?? null;
}
