import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { oneTimeTokens, users } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { hashToken } from "@/lib/tokens";

/**
 * Uses a setup token to create the first administrator. The token row is locked, so two
 * submissions of one link create one account; returns false if the link can no longer be used.
 */
export async function createFirstAdmin(
  db: Database,
  input: { token: string; name: string; email: string; passwordHash: string; locale: string },
): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const [token] = await tx
      .select()
      .from(oneTimeTokens)
      .where(and(eq(oneTimeTokens.tokenHash, hashToken(input.token)), eq(oneTimeTokens.purpose, "setup")))
      .for("update");
    if (!token || token.usedAt || token.expiresAt <= now()) return false;
    const [existingAdmin] = await tx.select({ id: users.id }).from(users).where(eq(users.role, "admin")).limit(1);
    if (existingAdmin) return false;
    const [user] = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        passwordHash: input.passwordHash,
        role: "admin",
        locale: input.locale,
      })
      .returning({ id: users.id });
    if (!user) return false;
    await tx.update(oneTimeTokens).set({ usedAt: now(), userId: user.id }).where(eq(oneTimeTokens.id, token.id));
    await recordAudit(
      tx,
      { id: user.id, email: input.email },
      {
        action: "user.setup",
        entityType: "user",
        entityId: user.id,
        after: { email: input.email, name: input.name, role: "admin" },
      },
    );
    return true;
  });
}
