import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { delegations, events, uploads } from "@/db/schema";
import { mayOpenDialogue } from "@/lib/auth/dialogue-scope";
import type { SessionUser } from "@/lib/auth/guard";
import { canManageEvents } from "@/lib/auth/roles";
import { isSlug } from "@/lib/slugs";
import { MAX_DATABASE_ID } from "@/lib/validation/text";

export type LetterFile = { contentType: string; content: Buffer; downloadName: string };

/**
 * A delegation's nomination letter for an organiser, or the HTTP status that refuses it: 401 without
 * a session, 403 for check-in staff and for an account limited to other dialogues, 404 for an
 * unknown dialogue, a delegation of another dialogue, or a delegation with no letter yet.
 */
export async function organiserLetter(
  db: Executor,
  user: Pick<SessionUser, "id" | "role"> | null,
  slug: string,
  delegationId: number,
): Promise<{ ok: true; file: LetterFile } | { ok: false; status: 401 | 403 | 404 }> {
  if (!user) return { ok: false, status: 401 };
  if (!canManageEvents.includes(user.role)) return { ok: false, status: 403 };
  // Looked up here rather than through lib/dashboard (which throws Next's 404 pages): a route answers with a status.
  const [event] = isSlug(slug) ? await db.select({ id: events.id }).from(events).where(eq(events.slug, slug)) : [];
  if (!event) return { ok: false, status: 404 };
  if (!(await mayOpenDialogue(db, user, event.id))) return { ok: false, status: 403 };
  if (!Number.isInteger(delegationId) || delegationId < 1 || delegationId > MAX_DATABASE_ID) return { ok: false, status: 404 };
  const [file] = await db
    .select({ contentType: uploads.contentType, content: uploads.content, downloadName: uploads.downloadName })
    .from(delegations)
    .innerJoin(uploads, and(eq(uploads.id, delegations.letterUploadId), eq(uploads.eventId, event.id)))
    .where(and(eq(delegations.id, delegationId), eq(delegations.eventId, event.id)));
  return file ? { ok: true, file } : { ok: false, status: 404 };
}
