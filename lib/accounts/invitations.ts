import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { oneTimeTokens, users } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import type { Role } from "@/lib/auth/roles";
import { endAllSessions } from "@/lib/auth/sessions";
import { now } from "@/lib/clock";
import { enqueueEmail } from "@/lib/email/outbox";
import { invitationEmail } from "@/lib/email/templates/accounts";
import { emailLocale } from "@/lib/email/templates/render";
import { hashToken, newToken } from "@/lib/tokens";
import { findUsableToken, INVITATION_LIFETIME_MS, revokeTokens } from "./tokens";

export type InviteInput = { email: string; role: Role; locale: string };
export type InviteResult = { ok: true; userId: number } | { ok: false; reason: "alreadyExists" };

/**
 * Invites someone by a single-use link emailed in their language. The account exists from now on,
 * without a password; inviting again an address that never accepted sends a fresh link (the
 * older one stops working). An address with a working account is refused.
 */
export async function inviteUser(
  db: Database,
  actor: NonNullable<AuditActor> & { name: string },
  input: InviteInput,
  appUrl: string,
): Promise<InviteResult> {
  const locale = emailLocale(input.locale);
  return inTransaction(db, async (tx) => {
    const [existing] = await tx
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, input.email.toLowerCase()))
      .for("update");
    if (existing && existing.passwordHash !== null) return { ok: false, reason: "alreadyExists" } as const;
    let userId: number;
    if (existing) {
      userId = existing.id;
      await tx.update(users).set({ role: input.role, locale, disabledAt: null, updatedAt: now() }).where(eq(users.id, userId));
      await revokeTokens(tx, userId, "invitation");
    } else {
      const [created] = await tx
        .insert(users)
        .values({ email: input.email, name: input.email, role: input.role, locale })
        .returning({ id: users.id });
      userId = created!.id;
    }
    const token = newToken();
    await tx.insert(oneTimeTokens).values({
      purpose: "invitation",
      tokenHash: hashToken(token),
      userId,
      email: input.email,
      role: input.role,
      expiresAt: new Date(now().getTime() + INVITATION_LIFETIME_MS),
      createdById: actor.id,
    });
    const link = `${appUrl}/${locale}/invitation/${token}`;
    await enqueueEmail(tx, {
      kind: "account.invitation",
      to: input.email,
      ...invitationEmail(locale, { inviter: actor.name, role: input.role, link }),
      // Sealed in the row, never readable there (lib/email/sealed.ts).
      secretLinks: [link],
    });
    await recordAudit(tx, actor, {
      action: "user.invite",
      entityType: "user",
      entityId: userId,
      before: existing ? { email: existing.email, role: existing.role } : null,
      after: { email: input.email, role: input.role, locale },
    });
    return { ok: true, userId } as const;
  });
}

/** Sets the invitee's name and password; false if the link can no longer be used. */
export async function acceptInvitation(db: Database, input: { token: string; name: string; passwordHash: string }): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const row = await findUsableToken(tx, input.token, "invitation", true);
    if (!row || row.user.passwordHash !== null) return false;
    const at = now();
    await tx
      .update(users)
      .set({ name: input.name, passwordHash: input.passwordHash, credentialsChangedAt: new Date(), updatedAt: at })
      .where(eq(users.id, row.user.id));
    await tx.update(oneTimeTokens).set({ usedAt: at }).where(eq(oneTimeTokens.id, row.token.id));
    await endAllSessions(tx, row.user.id);
    await recordAudit(
      tx,
      { id: row.user.id, email: row.user.email },
      {
        action: "user.accept_invitation",
        entityType: "user",
        entityId: row.user.id,
        after: { name: input.name, role: row.user.role },
      },
    );
    return true;
  });
}
