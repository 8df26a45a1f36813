import "server-only";
import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { signInBackoff } from "@/db/schema";
import { now } from "@/lib/clock";
import { config } from "@/lib/config";
import { getDb } from "@/lib/database";
import { consumeLimit, type LimitPolicy, type LimitResult } from "@/lib/rate-limit";

/**
 * Sign-in attempts are limited where the guesser is, never on the account alone, so that nobody
 * can lock someone else out by failing on their address:
 * - per (client address, account): a few attempts, then each further attempt waits twice as long
 *   as the one before (30 s, 1 min, 2 min ... up to SIGN_IN_MAX_DELAY_MINUTES); a success clears it;
 * - per client address across accounts: a looser ceiling against password spraying.
 * Unknown accounts are counted exactly like known ones, so the answer never tells which exist.
 */
const FIRST_DELAY_SECONDS = 30;
/** Attempts older than this are forgotten: a day without trying starts afresh. */
const QUIET_RESET_MS = 24 * 60 * 60 * 1000;

function signInAddressLimit(): LimitPolicy {
  return { name: "sign-in-address", points: config().limits.signInPerAddress, durationSeconds: 15 * 60 };
}

/** The wait after the n-th attempt since the last success, in seconds. */
function delayAfterAttempt(attempts: number, freeAttempts: number, maxDelaySeconds: number): number {
  if (attempts < freeAttempts) return 0;
  return Math.min(maxDelaySeconds, FIRST_DELAY_SECONDS * 2 ** Math.min(30, attempts - freeAttempts));
}

const pairKey = (address: string, email: string) => createHash("sha256").update(`${address}|${email.trim().toLowerCase()}`).digest("hex");

/**
 * Claims one attempt for (address, account) in one statement: the row lock of the upsert orders
 * concurrent attempts, so a burst cannot slip past the wait. Refused while the wait runs.
 */
async function claimPairAttempt(address: string, email: string): Promise<LimitResult> {
  const { signInFreeAttempts: free, signInMaxDelaySeconds: max } = config().limits;
  const at = now();
  const quietSince = new Date(at.getTime() - QUIET_RESET_MS);
  const keyHash = pairKey(address, email);
  const b = signInBackoff;
  // Whole numbers from the configuration, written into the statement as literals.
  const [freeSql, maxSql] = [sql.raw(String(Math.trunc(free))), sql.raw(String(Math.trunc(max)))];
  const attempts = sql`(case when ${b.lastAttemptAt} < ${quietSince.toISOString()}::timestamptz then 1 else ${b.attempts} + 1 end)`;
  const delay = sql`(case when ${attempts} < ${freeSql} then 0 else least(${maxSql}, ${sql.raw(String(FIRST_DELAY_SECONDS))} * power(2, least(30, ${attempts} - ${freeSql}))) end)`;
  const claimed = await getDb()
    .insert(b)
    .values({
      keyHash,
      attempts: 1,
      lastAttemptAt: at,
      nextAttemptAt: new Date(at.getTime() + delayAfterAttempt(1, free, max) * 1000),
    })
    .onConflictDoUpdate({
      target: b.keyHash,
      set: {
        attempts,
        lastAttemptAt: at,
        nextAttemptAt: sql`${at.toISOString()}::timestamptz + make_interval(secs => ${delay})`,
      },
      setWhere: sql`${b.nextAttemptAt} <= ${at.toISOString()}::timestamptz`,
    })
    .returning({ attempts: b.attempts });
  if (claimed.length > 0) return { ok: true };
  const [row] = await getDb().select({ next: b.nextAttemptAt }).from(b).where(eq(b.keyHash, keyHash));
  const waitMs = row ? row.next.getTime() - at.getTime() : 1000;
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** Counts one attempt; refused (with the wait) once the address or the pair must wait. */
export async function allowSignInAttempt(address: string, email: string): Promise<LimitResult> {
  const byAddress = await consumeLimit(signInAddressLimit(), address);
  if (!byAddress.ok) return byAddress;
  return claimPairAttempt(address, email);
}

/** After a successful sign-in the pair starts again (the address ceiling does not). */
export async function clearSignInAttempts(address: string, email: string): Promise<void> {
  await getDb()
    .delete(signInBackoff)
    .where(eq(signInBackoff.keyHash, pairKey(address, email)));
}
