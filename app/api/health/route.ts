import { now } from "@/lib/clock";
import { pingDatabase } from "@/lib/database";
import { log, safeError } from "@/lib/log";

export const dynamic = "force-dynamic";

/** For load balancers and tests: 200 when this instance can reach its database, 503 otherwise. */
export async function GET() {
  const started = performance.now();
  try {
    const database = await pingDatabase();
    return Response.json(
      {
        status: "ok",
        database,
        databaseLatencyMs: Math.round((performance.now() - started) * 10) / 10,
        time: now().toISOString(),
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    log.warn({ err: safeError(error) }, "health: database check failed");
    return Response.json({ status: "unavailable", database: "unreachable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
