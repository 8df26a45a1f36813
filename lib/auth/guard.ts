import "server-only";
import { forbidden, redirect } from "next/navigation";
import { config } from "@/lib/config";
import { getDb } from "@/lib/database";
import { auth } from "./index";
import type { Role } from "./roles";
import { resumeSession, type SessionAccount } from "./sessions";

export type SessionUser = SessionAccount;

/**
 * The signed-in organiser, read fresh from the database on every call: the cookie only names a
 * server-side session (lib/auth/sessions.ts), which sign-out, a password or role change and
 * disabling end at once, and which lapses after its absolute lifetime or when left idle.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const sessionId = session?.sessionId;
  if (typeof sessionId !== "string" || !sessionId) return null;
  const account = await resumeSession(getDb(), sessionId, config().sessions);
  if (!account || String(account.id) !== session?.user?.id) return null;
  return account;
}

/** For dashboard pages: sends anonymous visitors to sign in and answers 403 to the wrong role. */
export async function requirePageUser(locale: string, allowed: readonly Role[], path: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  if (!allowed.includes(user.role)) forbidden();
  return user;
}
