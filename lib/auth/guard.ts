import "server-only";
import { eq } from "drizzle-orm";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { auth } from "./index";
import type { Role } from "./roles";

export type SessionUser = { id: number; email: string; name: string; role: Role; locale: string };

/**
 * The signed-in organiser, read fresh from the database on every call: a disabled account or a
 * changed role takes effect at once, whatever the session cookie still says, and a session that
 * began before the account's credentials last changed is no longer valid.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const [user] = await getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      locale: users.locale,
      disabledAt: users.disabledAt,
      credentialsChangedAt: users.credentialsChangedAt,
    })
    .from(users)
    .where(eq(users.id, id));
  if (!user || user.disabledAt) return null;
  // A password reset, role change or re-enabling ends every session signed in before it.
  if (user.credentialsChangedAt && (session?.signedInAt ?? 0) < user.credentialsChangedAt.getTime()) return null;
  const { disabledAt: _disabled, credentialsChangedAt: _changed, ...rest } = user;
  return rest;
}

/** For dashboard pages: sends anonymous visitors to sign in and answers 403 to the wrong role. */
export async function requirePageUser(locale: string, allowed: readonly Role[], path: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  if (!allowed.includes(user.role)) forbidden();
  return user;
}
