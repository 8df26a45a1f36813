import "server-only";
import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { now } from "@/lib/clock";
import { config } from "@/lib/config";
import { getDb } from "@/lib/database";
import { signInSchema } from "@/lib/validation/auth";
import { verifyPassword } from "./password";
import type { Role } from "./roles";
import { startSession } from "./sessions";
import { allowSignInAttempt, clearSignInAttempts } from "./sign-in-limit";

export type AuthorizedUser = { id: string; email: string; name: string; role: Role; sessionId: string };
export type SignInRefused = { rateLimited: true; retryAfterSeconds: number };

/**
 * Checks an email and password. Unknown address, wrong password and disabled account all give the
 * same answer (null) after the same amount of hashing work, so nobody can probe for accounts.
 * While the client address must wait (lib/auth/sign-in-limit.ts) the password is not checked at
 * all, for known and unknown addresses alike. A success opens a server-side session.
 */
export async function authorizeCredentials(raw: unknown, address: string): Promise<AuthorizedUser | SignInRefused | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  // Checked here, not in the form's action, so that posting to the Auth.js endpoint is limited too.
  const allowed = await allowSignInAttempt(address, email);
  if (!allowed.ok) return { rateLimited: true, retryAfterSeconds: allowed.retryAfterSeconds };
  const db = getDb();
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || user.disabledAt) return null;
  await db.update(users).set({ lastSignInAt: now() }).where(eq(users.id, user.id));
  await clearSignInAttempts(address, email);
  const sessionId = await startSession(db, user.id, config().sessions);
  return { id: String(user.id), email: user.email, name: user.name, role: user.role, sessionId };
}
