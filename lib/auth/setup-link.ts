import { and, eq, gt, isNull } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { oneTimeTokens, users } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { now } from "@/lib/clock";
import { hashToken, newToken } from "@/lib/tokens";

const SETUP_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

async function hasAdmin(db: Executor): Promise<boolean> {
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.role, "admin")).limit(1);
  return Boolean(admin);
}

/**
 * While no administrator exists, makes a fresh single-use setup link (older unused ones stop
 * working) and returns its path; returns null once an administrator exists.
 */
export async function issueSetupLink(db: Database): Promise<string | null> {
  return inTransaction(db, async (tx) => {
    if (await hasAdmin(tx)) return null;
    const token = newToken();
    await tx.delete(oneTimeTokens).where(and(eq(oneTimeTokens.purpose, "setup"), isNull(oneTimeTokens.usedAt)));
    await tx.insert(oneTimeTokens).values({
      purpose: "setup",
      tokenHash: hashToken(token),
      role: "admin",
      expiresAt: new Date(now().getTime() + SETUP_LINK_LIFETIME_MS),
    });
    return `/en/setup/${token}`;
  });
}

/** The setup token's row if it can still be used: unused, unexpired, and still no administrator. */
export async function findUsableSetupToken(db: Executor, token: string) {
  const [row] = await db
    .select()
    .from(oneTimeTokens)
    .where(
      and(
        eq(oneTimeTokens.tokenHash, hashToken(token)),
        eq(oneTimeTokens.purpose, "setup"),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, now()),
      ),
    );
  if (!row || (await hasAdmin(db))) return null;
  return row;
}
