import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { now } from "@/lib/clock";
import { signInSchema } from "@/lib/validation/auth";
import { verifyPassword } from "./password";
import { allowSignInAttempt, clearSignInAttempts } from "./sign-in-limit";
import type { Role } from "./roles";

export type AuthorizedUser = { id: string; email: string; name: string; role: Role };

/**
 * Checks an email and password. Unknown address, wrong password and disabled account all give the
 * same answer (null) after the same amount of hashing work, so nobody can probe for accounts.
 * Too many attempts give "rate_limited" (counted alike for unknown addresses) without checking.
 */
export async function authorizeCredentials(
  raw: unknown,
  address = "unknown",
): Promise<AuthorizedUser | null | "rate_limited"> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  // Checked here, not in the form's action, so that posting to the Auth.js endpoint is limited too.
  if (!(await allowSignInAttempt(address, email))) return "rate_limited";
  const db = getDb();
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || user.disabledAt) return null;
  await db.update(users).set({ lastSignInAt: now() }).where(eq(users.id, user.id));
  await clearSignInAttempts(address, email);
  return { id: String(user.id), email: user.email, name: user.name, role: user.role };
}
