import "server-only";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimits } from "@/db/schema";
import { getDb } from "@/lib/database";

export type LimitPolicy = { name: string; points: number; durationSeconds: number };

const g = globalThis as typeof globalThis & { __dialogosLimiters?: Map<string, RateLimiterDrizzle> };

function limiter(policy: LimitPolicy): RateLimiterDrizzle {
  g.__dialogosLimiters ??= new Map();
  let existing = g.__dialogosLimiters.get(policy.name);
  if (!existing) {
    // The counters live in PostgreSQL, so every app instance sees the same ones.
    existing = new RateLimiterDrizzle({
      storeClient: getDb(),
      schema: rateLimits,
      keyPrefix: policy.name,
      points: policy.points,
      duration: policy.durationSeconds,
    });
    g.__dialogosLimiters.set(policy.name, existing);
  }
  return existing;
}

export type LimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Counts one attempt for `key`; refuses once the policy's points are used up. */
export async function consumeLimit(policy: LimitPolicy, key: string): Promise<LimitResult> {
  try {
    await limiter(policy).consume(key);
    return { ok: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
    throw rejection;
  }
}

/** Forgets a key's attempts (e.g. after a successful sign-in). */
export async function resetLimit(policy: LimitPolicy, key: string): Promise<void> {
  await limiter(policy).delete(key);
}
