import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { oneTimeTokens, users } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { recordAudit } from "@/lib/audit";
import { endAllSessions } from "@/lib/auth/sessions";
import { now } from "@/lib/clock";
import { enqueueEmail } from "@/lib/email/outbox";
import { passwordResetEmail } from "@/lib/email/templates/accounts";
import { emailLocale } from "@/lib/email/templates/render";
import { consumeLimit, type LimitPolicy } from "@/lib/rate-limit";
import { hashToken, newToken } from "@/lib/tokens";
import { findUsableToken, RESET_LIFETIME_MS, revokeTokens } from "./tokens";

/** At most a few reset emails per address and hour, so the form cannot flood someone's mailbox. */
const resetRequestLimit: LimitPolicy = { name: "password-reset", points: 3, durationSeconds: 60 * 60 };

/**
 * Emails a single-use reset link if an active account with a password uses this address; does
 * nothing otherwise. The caller answers the same in every case, so the form reveals nothing.
 */
export async function requestPasswordReset(db: Database, email: string, appUrl: string): Promise<void> {
  const address = email.trim().toLowerCase();
  if (!(await consumeLimit(resetRequestLimit, address)).ok) return;
  await inTransaction(db, async (tx) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, address))
      .for("update");
    if (!user || user.disabledAt || user.passwordHash === null) return;
    await revokeTokens(tx, user.id, "password_reset");
    const token = newToken();
    await tx.insert(oneTimeTokens).values({
      purpose: "password_reset",
      tokenHash: hashToken(token),
      userId: user.id,
      email: user.email,
      expiresAt: new Date(now().getTime() + RESET_LIFETIME_MS),
    });
    const link = `${appUrl}/${user.locale}/reset-password/${token}`;
    await enqueueEmail(tx, {
      kind: "account.password_reset",
      to: user.email,
      ...passwordResetEmail(emailLocale(user.locale), link),
      // Sealed in the row, never readable there (lib/email/sealed.ts).
      secretLinks: [link],
    });
  });
}

/** Sets a new password from a reset link and ends every existing session; false if the link is unusable. */
export async function resetPassword(db: Database, input: { token: string; passwordHash: string }): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const row = await findUsableToken(tx, input.token, "password_reset", true);
    if (!row || row.user.passwordHash === null) return false;
    await tx
      .update(users)
      .set({ passwordHash: input.passwordHash, credentialsChangedAt: new Date(), updatedAt: now() })
      .where(eq(users.id, row.user.id));
    await tx.update(oneTimeTokens).set({ usedAt: now() }).where(eq(oneTimeTokens.id, row.token.id));
    await endAllSessions(tx, row.user.id);
    await recordAudit(
      tx,
      { id: row.user.id, email: row.user.email },
      {
        action: "user.reset_password",
        entityType: "user",
        entityId: row.user.id,
      },
    );
    return true;
  });
}
