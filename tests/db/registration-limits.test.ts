import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { rateLimits } from "@/db/schema";
import { SOCKET_ADDRESS_HEADER, stampValue } from "@/lib/client-address";
import { backends, type TestDatabase } from "../support/databases";

const NONCE = "test-process";
const g = globalThis as { __dialogosDb?: unknown; __dialogosLimiters?: unknown; __dialogosSocketStampNonce?: string };
const from = (socket: string, forwardedFor?: string) => {
  const headers = new Headers({ [SOCKET_ADDRESS_HEADER]: stampValue(NONCE, socket) });
  if (forwardedFor) headers.set("x-forwarded-for", forwardedFor);
  return headers;
};

describe.each(backends())("registration limits on $name", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
    g.__dialogosDb = database;
    g.__dialogosLimiters = undefined;
    g.__dialogosSocketStampNonce = NONCE;
  });
  afterAll(async () => {
    g.__dialogosDb = undefined;
    g.__dialogosLimiters = undefined;
    g.__dialogosSocketStampNonce = undefined;
    await database?.dispose();
  });

  it("counts the connection's address, whatever X-Forwarded-For says (default: no trusted proxy)", async () => {
    vi.resetModules();
    const { allowRegistrationPost } = await import("@/lib/registration/limits");
    const results = [];
    for (let i = 0; i < 41; i++) results.push((await allowRegistrationPost(from("198.51.100.20", `10.0.${i}.1`), undefined)).ok);
    expect(results.filter(Boolean)).toHaveLength(40);
    expect(results[40]).toBe(false);
    expect((await allowRegistrationPost(from("198.51.100.21"), undefined)).ok).toBe(true);
  });

  it("counts +tag and case variants of one mailbox together, and keeps no address in clear", async () => {
    vi.resetModules();
    const { allowRegistrationPost } = await import("@/lib/registration/limits");
    const variants = [
      "ana@example.org",
      "Ana+1@example.org",
      "ANA+2@Example.org",
      "ana+3@example.org",
      "ana+4@example.org",
      "ana+5@example.org",
    ];
    const results = [];
    for (const [i, email] of variants.entries()) results.push((await allowRegistrationPost(from(`203.0.113.${i + 1}`), email)).ok);
    expect(results).toEqual([true, true, true, true, true, false]);
    const keys = (await database.db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key);
    expect(keys.some((key) => key.includes("example.org"))).toBe(false);
  });
});
