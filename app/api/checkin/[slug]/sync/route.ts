import { checkInApiAccess, jsonAnswer, SYNC_BODY_LIMIT, syncPostRefusal } from "@/lib/checkin/api";
import { parseSyncBody, syncScans } from "@/lib/checkin/sync";

export const dynamic = "force-dynamic";

/**
 * An offline desk's queued scans (lib/checkin/sync.ts): one answer per scan, in order. Refused as
 * a whole with 409 when the dialogue is archived (check-in is closed; the desk keeps its queue).
 */
export async function POST(request: Request, { params }: RouteContext<"/api/checkin/[slug]/sync">) {
  const refusal = syncPostRefusal(request);
  if (refusal) return refusal;
  const { slug } = await params;
  const access = await checkInApiAccess(slug);
  if (access instanceof Response) return access;
  const raw = await request.text().catch(() => null);
  const body = raw !== null && raw.length <= SYNC_BODY_LIMIT ? parseSyncBody(raw) : null;
  if (!body) return jsonAnswer({ error: "badRequest" }, 400);
  if (access.event.status === "archived") return jsonAnswer({ error: "archived" }, 409);
  return jsonAnswer({ results: await syncScans(access.db, access.user, access.event, body) });
}
