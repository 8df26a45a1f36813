import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { isDatabaseUnavailable } from "@/db/errors";
import { log, safeError } from "@/lib/log";
import { markDatabaseUnavailable } from "@/lib/security/database-outage";

/** The page proxy.ts answers with "503, try again in a few seconds" (see database-outage.ts). */
const UNAVAILABLE_PATH = "unavailable";

/**
 * Runs a form action; when the database is away (restart, fail-over) the person gets "try again
 * in a few seconds" instead of a 500, and other requests are told at once for a moment. A form
 * that can say it inline (with JavaScript, when `inline` is given) keeps what was typed; a plain
 * form post is sent to the 503 page, since re-rendering its page would need the database too.
 * Nothing half-done is left behind: every write runs in a transaction, which the outage aborted.
 */
export function withDatabaseOutageGuard<P, S>(
  action: (previous: P, formData: FormData) => Promise<S>,
  inline?: (previous: P, formData: FormData) => S,
): (previous: P, formData: FormData) => Promise<S> {
  return async (previous, formData) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const stalled = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new DatabaseStalled()), STALL_MS);
      });
      return await Promise.race([action(previous, formData), stalled]);
    } catch (error) {
      if (!(error instanceof DatabaseStalled) && !isDatabaseUnavailable(error)) throw error;
      markDatabaseUnavailable();
      const requestHeaders = await headers();
      log.warn(
        { reqId: requestHeaders.get("x-request-id") ?? undefined, err: safeError(error) },
        "database unavailable during a form post",
      );
      if (inline && requestHeaders.has("next-action")) return inline(previous, formData);
      const locale = await getLocale().catch(() => "en");
      redirect(`/${locale}/${UNAVAILABLE_PATH}`);
    } finally {
      clearTimeout(timer);
    }
  };
}

/**
 * A form post that has had no answer from the database for this long is given up as an outage.
 * postgres.js 3.4.9 can leave a query unsettled forever when the server drops the connection
 * under a buffered write (porsager/postgres#1208, fix not released): without this the person
 * would wait on a page that never loads. Giving up is safe: the transaction either never
 * committed, or did, and then a second post is caught by the submission key and duplicate guard.
 */
const STALL_MS = 15_000;

class DatabaseStalled extends Error {
  override name = "DatabaseStalled";
  code = "STALLED";
}
