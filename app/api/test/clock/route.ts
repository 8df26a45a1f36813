import { z } from "zod";
import { now, setClock } from "@/lib/clock";
import { config } from "@/lib/config";

export const dynamic = "force-dynamic";

/**
 * Test-only: reads or moves the server's clock. Answers 404 unless the server was started with
 * DIALOGOS_TEST_API=1 (the e2e suite does; production never should).
 */
const body = z.object({ now: z.iso.datetime({ offset: true }).nullable() });

function disabled() {
  return !config().testApi;
}

export function GET() {
  if (disabled()) return new Response("Not found", { status: 404 });
  return Response.json({ now: now().toISOString() });
}

export async function POST(request: Request) {
  if (disabled()) return new Response("Not found", { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: z.flattenError(parsed.error) }, { status: 400 });
  setClock(parsed.data.now ? new Date(parsed.data.now) : null);
  return Response.json({ now: now().toISOString() });
}
