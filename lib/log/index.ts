import pino from "pino";
import { safeError } from "./safe-error";

/**
 * The server's one logger: JSON lines on stdout (pino), for a log collector to read. Never give it
 * personal data, tokens, links with tokens or query strings: log ids, route patterns and
 * `safeError(error)` instead of raw errors.
 */
export const log = pino({
  base: { app: "dialogos" },
  level: process.env.NODE_ENV === "test" ? "silent" : "info",
  // A raw error passed by mistake is still reduced to its class, code and first message line.
  serializers: { err: safeError },
  timestamp: pino.stdTimeFunctions.isoTime,
});

export { safeError } from "./safe-error";
