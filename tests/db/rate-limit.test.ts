import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { backends, type TestDatabase } from "../support/databases";

describe.each(backends())("rate limits on $name", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
    // The limiter uses the app's database; point it at this test's database.
    (globalThis as { __dialogosDb?: unknown }).__dialogosDb = database;
    (globalThis as { __dialogosLimiters?: unknown }).__dialogosLimiters = undefined;
  });
  afterAll(async () => {
    (globalThis as { __dialogosDb?: unknown }).__dialogosDb = undefined;
    await database?.dispose();
  });

  it("allows the policy's attempts, then refuses with a wait, counting in the database", async () => {
    vi.resetModules();
    const { consumeLimit, resetLimit } = await import("@/lib/rate-limit");
    const policy = { name: `test-${backend.name}`, points: 5, durationSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 8 }, () => consumeLimit(policy, "198.51.100.7")));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    const refused = results.find((r) => !r.ok);
    expect(refused && !refused.ok && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect((await consumeLimit(policy, "203.0.113.9")).ok).toBe(true);
    await resetLimit(policy, "198.51.100.7");
    expect((await consumeLimit(policy, "198.51.100.7")).ok).toBe(true);
  });
});
