import { inspect } from "node:util";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseUnavailable, pgConstraint, pgErrorCode } from "@/db/errors";
import { safeError } from "@/lib/log/safe-error";
import { backends, type TestDatabase } from "../support/databases";

const EMAIL = "maria.secret@example.org";

/** Whatever a logger or Next's error printer could write about an error. */
function printed(error: unknown): string {
  return [String(error), (error as Error).stack ?? "", inspect(error, { depth: 5 }), JSON.stringify(safeError(error))].join("\n");
}

describe.each(backends())("failed queries on $name keep their values out of logs", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
    await database.db.execute(sql`create table people (email text unique)`);
    await database.db.execute(sql`insert into people values (${EMAIL})`);
  });
  afterAll(() => database?.dispose());

  it("a unique violation names its code and constraint, not the address", async () => {
    const error = await database.db.execute(sql`insert into people values (${EMAIL})`).catch((e: unknown) => e);
    expect(pgErrorCode(error)).toBe("23505");
    expect(pgConstraint(error)).toBe("people_email_key");
    expect(printed(error)).not.toContain(EMAIL);
    expect(printed(error)).toContain("insert into people");
    expect(safeError(error)).toMatchObject({ type: "DrizzleQueryError", code: "23505" });
  });

  it("a NUL byte in a parameter fails without printing the other parameters", async () => {
    const error = await database.db.execute(sql`select ${"a\u0000b"}::text as nul, ${EMAIL}::text as email`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(printed(error)).not.toContain(EMAIL);
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
