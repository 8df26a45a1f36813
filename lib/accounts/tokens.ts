import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { oneTimeTokens, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { hashToken } from "@/lib/tokens";

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
export const RESET_LIFETIME_MS = 60 * 60 * 1000;

type Purpose = "invitation" | "password_reset";

/**
 * The token's row and its account if the link can still be used: right purpose, unused, unexpired
 * (by the app clock) and the account not disabled. `lock` takes the row lock of a transaction that
 * is about to use it, so two submissions of one link succeed once.
 */
export async function findUsableToken(db: Executor, token: string, purpose: Purpose, lock = false) {
  const query = db
    .select({ token: oneTimeTokens, user: users })
    .from(oneTimeTokens)
    .innerJoin(users, eq(users.id, oneTimeTokens.userId))
    .where(
      and(
        eq(oneTimeTokens.tokenHash, hashToken(token)),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, now()),
        isNull(users.disabledAt),
      ),
    );
  const [row] = lock ? await query.for("update", { of: oneTimeTokens }) : await query;
  return row ?? null;
}

/** Unused links of one purpose for one account stop working when a new one is issued. */
export async function revokeTokens(db: Executor, userId: number, purpose: Purpose): Promise<void> {
  await db
    .delete(oneTimeTokens)
    .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)));
}
