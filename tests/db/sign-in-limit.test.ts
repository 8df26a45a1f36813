import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { setClock } from "@/lib/clock";
import { backends, type TestDatabase } from "../support/databases";

const PASSWORD = "a long passphrase 2023";

describe.each(backends())("sign-in limits on $name", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
    (globalThis as { __dialogosDb?: unknown }).__dialogosDb = database;
    (globalThis as { __dialogosLimiters?: unknown }).__dialogosLimiters = undefined;
    const { hashPassword } = await import("@/lib/auth/password");
    await database.db
      .insert(users)
      .values({ email: "owner@example.org", name: "Owner", role: "organiser", passwordHash: await hashPassword(PASSWORD) });
  });
  afterEach(() => setClock(null));
  afterAll(async () => {
    (globalThis as { __dialogosDb?: unknown }).__dialogosDb = undefined;
    (globalThis as { __dialogosLimiters?: unknown }).__dialogosLimiters = undefined;
    await database?.dispose();
  });

  const load = async () => {
    vi.resetModules();
    return import("@/lib/auth/credentials");
  };
  const refused = (result: unknown) => Boolean(result && typeof result === "object" && "rateLimited" in result);

  it("100 failed sign-ins from one address do not stop the owner signing in from another", async () => {
    const { authorizeCredentials } = await load();
    const results = [];
    for (let i = 0; i < 100; i++)
      results.push(await authorizeCredentials({ email: "Owner@example.org", password: `guess ${i}` }, "198.51.100.1"));
    // Five are checked (and fail); after that the guesser waits and nothing is checked.
    expect(results.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(results.slice(5).every(refused)).toBe(true);
    // Even the right password is not checked from the guesser's address...
    expect(refused(await authorizeCredentials({ email: "owner@example.org", password: PASSWORD }, "198.51.100.1"))).toBe(true);
    // ...but the owner, elsewhere, gets in at once.
    const owner = await authorizeCredentials({ email: "owner@example.org", password: PASSWORD }, "203.0.113.9");
    expect(owner).toMatchObject({ email: "owner@example.org", sessionId: expect.any(String) });
  });

  it("makes each further attempt wait twice as long, forgets after a success, and is atomic under a burst", async () => {
    const { allowSignInAttempt, clearSignInAttempts } = await import("@/lib/auth/sign-in-limit");
    const start = new Date("2030-01-01T10:00:00Z");
    setClock(start);
    const burst = await Promise.all(Array.from({ length: 12 }, () => allowSignInAttempt("198.51.100.2", "someone@example.org")));
    expect(burst.filter((r) => r.ok)).toHaveLength(5);
    const waits: number[] = [];
    let at = start.getTime();
    for (let round = 0; round < 4; round++) {
      const refusal = await allowSignInAttempt("198.51.100.2", "someone@example.org");
      expect(refusal.ok).toBe(false);
      const wait = refusal.ok ? 0 : refusal.retryAfterSeconds;
      waits.push(wait);
      at += (wait + 1) * 1000;
      setClock(new Date(at));
      expect((await allowSignInAttempt("198.51.100.2", "someone@example.org")).ok).toBe(true);
    }
    expect(waits).toEqual([30, 60, 120, 240]);
    await clearSignInAttempts("198.51.100.2", "someone@example.org");
    for (let i = 0; i < 5; i++) expect((await allowSignInAttempt("198.51.100.2", "someone@example.org")).ok).toBe(true);
    expect((await allowSignInAttempt("198.51.100.2", "someone@example.org")).ok).toBe(false);
    // Another account from the same address is not affected.
    expect((await allowSignInAttempt("198.51.100.2", "other@example.org")).ok).toBe(true);
  });

  it("gives unknown accounts exactly the answers known ones get", async () => {
    const { authorizeCredentials } = await load();
    const sequence = async (email: string) => {
      const answers = [];
      for (let i = 0; i < 7; i++)
        answers.push(refused(await authorizeCredentials({ email, password: "wrong password" }, "198.51.100.3")) ? "wait" : "no");
      return answers;
    };
    expect(await sequence("owner@example.org")).toEqual(await sequence("nobody@example.org"));
  });

  it("limits one address across accounts (password spraying), not other addresses", async () => {
    const { allowSignInAttempt } = await import("@/lib/auth/sign-in-limit");
    const sprayed = [];
    for (let i = 0; i < 101; i++) sprayed.push((await allowSignInAttempt("198.51.100.4", `victim${i}@example.org`)).ok);
    expect(sprayed.filter(Boolean)).toHaveLength(100);
    expect(sprayed[100]).toBe(false);
    expect((await allowSignInAttempt("198.51.100.5", "victim0@example.org")).ok).toBe(true);
  });
});
