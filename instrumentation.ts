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
