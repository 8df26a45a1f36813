import { now } from "@/lib/clock";

export const dynamic = "force-dynamic";

/**
 * The app clock's current time, for the islands that keep cached pages' live-stream states true.
 * Public and cheap: no database, never cached.
 */
export function GET() {
  return Response.json({ now: now().toISOString() }, { headers: { "Cache-Control": "no-store" } });
}
