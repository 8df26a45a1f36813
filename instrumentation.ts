import type { Instrumentation } from "next";

/** Runs once when a server process starts, before it takes requests. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` loads this file too; the database is the running server's business only.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // First, so that rate limits know every request's real peer (lib/client-address.ts).
  const { stampSocketAddresses } = await import("./lib/socket-address");
  stampSocketAddresses();
  const { startServer } = await import("./lib/startup");
  await startServer();
}

/**
 * One JSON line per failed request, with the request id proxy.ts gave it. The route pattern
 * (`/[locale]/manage/[token]`) stands for the path: the path itself may hold a secret token, and
 * the query string may hold personal data, so neither is written.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log, safeError } = await import("./lib/log");
  const { isDatabaseUnavailable } = await import("./db/errors");
  if (isDatabaseUnavailable(error)) {
    // Tell the next requests at once (503, try again) instead of letting each fail on its own.
    const { markDatabaseUnavailable } = await import("./lib/security/database-outage");
    markDatabaseUnavailable();
  }
  const header = request.headers["x-request-id"];
  const reqId = typeof header === "string" ? header.slice(0, 64) : undefined;
  // Next may report one failure twice (metadata and page of the same render): one line each.
  if (reqId && alreadyReported(reqId)) return;
  log.error(
    {
      reqId,
      method: request.method,
      route: context.routePath,
      routeType: context.routeType,
      err: safeError(error),
    },
    "request failed",
  );
};

const holder = globalThis as { __dialogosReportedRequests?: Set<string> };
holder.__dialogosReportedRequests ??= new Set();
const reported = holder.__dialogosReportedRequests;

function alreadyReported(reqId: string): boolean {
  if (reported.has(reqId)) return true;
  reported.add(reqId);
  if (reported.size > 1000) reported.delete(reported.values().next().value!);
  return false;
}
