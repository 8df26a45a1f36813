import { DrizzleQueryError } from "drizzle-orm/errors";
import { PgPreparedQuery } from "drizzle-orm/pg-core/session";

/**
 * Drizzle puts every parameter of a failed query into the error's message and a `params` field,
 * and Postgres puts row values into `detail` ("Key (lower(email))=(someone@example.org) ..."):
 * whoever prints the error (Next does, for an uncaught one) would write personal data and tokens
 * into the server log. This strips them where the error is made, once per process, for both
 * drivers (postgres.js and PGlite share this class). Code that maps errors to words reads `code`
 * and `constraint_name`, which stay; `detail` stays readable but is no longer printed.
 */
type Patched = { __dialogosPatched?: boolean };
type QueryWithCache = (this: unknown, queryString: string, params: unknown[], query: () => Promise<unknown>) => Promise<unknown>;

const prototype = PgPreparedQuery.prototype as unknown as { queryWithCache: QueryWithCache } & Patched;

if (!prototype.__dialogosPatched) {
  const original = prototype.queryWithCache;
  prototype.queryWithCache = async function (this: unknown, queryString, params, query) {
    try {
      return await original.call(this, queryString, params, query);
    } catch (error) {
      throw withoutValues(error);
    }
  };
  prototype.__dialogosPatched = true;
}

function withoutValues(error: unknown): unknown {
  if (!(error instanceof DrizzleQueryError)) return error;
  const message = `Failed query: ${error.query}`;
  const stackFrames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  error.name = "DrizzleQueryError";
  error.message = message;
  error.stack = [`${error.name}: ${message}`, ...stackFrames].join("\n");
  Object.defineProperty(error, "params", { value: [], enumerable: false });
  const cause = error.cause as Record<string, unknown> | undefined;
  if (cause && typeof cause === "object") {
    // postgres.js: detail, where (and parameters/args in debug mode); PGlite: params, queryOptions.
    for (const field of ["detail", "where", "parameters", "args", "params", "queryOptions"]) {
      if (field in cause) Object.defineProperty(cause, field, { value: cause[field], enumerable: false });
    }
  }
  return error;
}
