import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { backends, type TestDatabase } from "../support/databases";

describe.each(backends())("sign-in rate limits on $name", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
    (globalThis as { __dialogosDb?: unknown }).__dialogosDb = database;
    (globalThis as { __dialogosLimiters?: unknown }).__dialogosLimiters = undefined;
  });
  afterAll(async () => {
    (globalThis as { __dialogosDb?: unknown }).__dialogosDb = undefined;
    (globalThis as { __dialogosLimiters?: unknown }).__dialogosLimiters = undefined;
    await database?.dispose();
  });

  it("refuses an address+account after 10 attempts and an account after 30 from anywhere, known or not", async () => {
    vi.resetModules();
    const { allowSignInAttempt } = await import("@/lib/auth/sign-in-limit");
    const tries = (address: string, email: string, n: number) =>
      Promise.all(Array.from({ length: n }, () => allowSignInAttempt(address, email)));

    const fromOne = await tries("198.51.100.1", "Someone@Example.org", 12);
    expect(fromOne.filter(Boolean)).toHaveLength(10);
    // Another address may still try the same account...
    expect(await allowSignInAttempt("198.51.100.2", "someone@example.org")).toBe(true);
    // ...until the account's own limit (30, counting the 11 allowed above) is used up.
    for (let i = 3; i <= 6; i++) await tries(`198.51.100.${i}`, "someone@example.org", 5);
    expect(await allowSignInAttempt("198.51.100.99", "someone@example.org")).toBe(false);
    // Other accounts are not affected.
    expect(await allowSignInAttempt("198.51.100.1", "other@example.org")).toBe(true);
  });

  it("checks credentials only while the limit allows, with the same answer for unknown addresses", async () => {
    vi.resetModules();
    const { hashPassword } = await import("@/lib/auth/password");
    await database.db.insert(users).values({ email: "known@example.org", name: "Known", role: "organiser", passwordHash: await hashPassword("a long passphrase 2023") });
    const { authorizeCredentials } = await import("@/lib/auth/credentials");
    const attempt = (email: string, password: string) => authorizeCredentials({ email, password }, "203.0.113.5");

    // A success resets the counters.
    for (let i = 0; i < 9; i++) expect(await attempt("known@example.org", "wrong password")).toBeNull();
    expect(await attempt("known@example.org", "a long passphrase 2023")).toMatchObject({ email: "known@example.org" });
    for (let i = 0; i < 10; i++) expect(await attempt("known@example.org", "wrong password")).toBeNull();
    expect(await attempt("known@example.org", "a long passphrase 2023")).toBe("rate_limited");

    for (let i = 0; i < 10; i++) expect(await attempt("unknown@example.org", "wrong password")).toBeNull();
    expect(await attempt("unknown@example.org", "wrong password")).toBe("rate_limited");
  });
});
