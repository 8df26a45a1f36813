import "server-only";
import type { Database } from "@/db/client";
import type { Event } from "@/db/schema";
import { mayOpenDialogue } from "@/lib/auth/dialogue-scope";
import { currentUser, type SessionUser } from "@/lib/auth/guard";
import { canCheckIn } from "@/lib/auth/roles";
import { findEvent } from "@/lib/dashboard/event";
import { getDb } from "@/lib/database";
import { bodySizeRefusal, isForeignOrigin } from "@/lib/security/request-guard";

/** Personal data for one account: never kept by a cache, shared or not. */
const NO_STORE = { "Cache-Control": "no-store, private" } as const;

/** A JSON answer of the check-in API (never cached). */
export function jsonAnswer(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

/** A sync of 500 scans is about 150 KB; the proxy's limits do not cover /api (see proxy.ts). */
export const SYNC_BODY_LIMIT = 512 * 1024;

type Access = { db: Database; user: SessionUser; event: Event };

/**
 * Who may use the check-in API of a dialogue: a signed-in account (else 401) of a role that checks
 * in (else 403), on a dialogue that exists (else 404) and that the account may open (else 403).
 * A route handler is behind no page: it checks all of this itself.
 */
export async function checkInApiAccess(slug: string): Promise<Access | Response> {
  const user = await currentUser();
  if (!user) return jsonAnswer({ error: "signInRequired" }, 401);
  if (!canCheckIn.includes(user.role)) return jsonAnswer({ error: "forbidden" }, 403);
  const db = getDb();
  const event = await findEvent(db, slug);
  if (!event) return jsonAnswer({ error: "notFound" }, 404);
  if (!(await mayOpenDialogue(db, user, event.id))) return jsonAnswer({ error: "forbidden" }, 403);
  return { db, user, event };
}

/**
 * A post that changes data must come from a page of this site: the browser always sends Origin
 * on a fetch POST, so a post without one (or from another site) is refused before the session is
 * read. JSON only: a cross-site form cannot send it without a preflight that we never answer.
 */
export function syncPostRefusal(request: Request): Response | null {
  const { headers } = request;
  if (headers.get("origin") === null || isForeignOrigin(headers)) return jsonAnswer({ error: "foreignOrigin" }, 403);
  const size = bodySizeRefusal(headers, SYNC_BODY_LIMIT);
  if (size) return jsonAnswer({ error: size.reason }, size.status);
  if (!/^application\/json\s*(;|$)/i.test(headers.get("content-type") ?? "")) return jsonAnswer({ error: "json" }, 415);
  return null;
}
