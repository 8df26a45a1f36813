import "server-only";
import type { Database } from "@/db/client";
import { createFirstAdmin } from "@/lib/auth/create-admin";
import { hashPassword } from "@/lib/auth/password";
import { findUsableSetupToken } from "@/lib/auth/setup-link";
import { clientLimitKey } from "@/lib/client-address";
import { config } from "@/lib/config";
import { consumeLimit, type LimitPolicy, type LimitResult } from "@/lib/rate-limit";
import { acceptInvitation } from "./invitations";
import { resetPassword } from "./password-reset";
import { findUsableToken } from "./tokens";

/**
 * The three forms behind a single-use link (password reset, invitation, first administrator).
 * Hashing a password (argon2id, ~20 MiB and tens of milliseconds) is the expensive part, so the
 * link is checked first and a post with a dead link costs one indexed read; the transaction that
 * uses the link checks it again under a row lock. Each post also counts against the client
 * address, so nobody can keep the server hashing.
 */
type Hasher = (password: string) => Promise<string>;

function accountLinkLimit(): LimitPolicy {
  return { name: "account-link", points: config().limits.accountLinksPerAddress, durationSeconds: 15 * 60 };
}

/** Counts one post of a link form from this request's client address. */
export function allowAccountLinkPost(headers: Pick<Headers, "get">): Promise<LimitResult> {
  return consumeLimit(accountLinkLimit(), `ip:${clientLimitKey(headers)}`);
}

export async function resetPasswordFromLink(
  db: Database,
  input: { token: string; password: string },
  hash: Hasher = hashPassword,
): Promise<boolean> {
  const usable = await findUsableToken(db, input.token, "password_reset");
  if (!usable || usable.user.passwordHash === null) return false;
  return resetPassword(db, { token: input.token, passwordHash: await hash(input.password) });
}

export async function acceptInvitationFromLink(
  db: Database,
  input: { token: string; name: string; password: string },
  hash: Hasher = hashPassword,
): Promise<boolean> {
  const usable = await findUsableToken(db, input.token, "invitation");
  if (!usable || usable.user.passwordHash !== null) return false;
  return acceptInvitation(db, { token: input.token, name: input.name, passwordHash: await hash(input.password) });
}

export async function createFirstAdminFromLink(
  db: Database,
  input: { token: string; name: string; email: string; password: string; locale: string },
  hash: Hasher = hashPassword,
): Promise<boolean> {
  if (!(await findUsableSetupToken(db, input.token))) return false;
  const { password, ...rest } = input;
  return createFirstAdmin(db, { ...rest, passwordHash: await hash(password) });
}
