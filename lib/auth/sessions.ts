import "server-only";
import { and, eq, lt, or } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organiserSessions, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { hashToken, newToken } from "@/lib/tokens";
import type { Role } from "./roles";

/**
 * Server-side organiser sessions (why a table and not only a signed cookie: a cookie cannot be
 * taken back). The Auth.js cookie carries a random session id; the database keeps its hash, when
 * the session began and when it was last used. Every request checks the row (`currentUser`), so:
 * - sign-out deletes the row: a copied cookie stops working at once;
 * - a password change, role change or disable deletes every row of the account;
 * - a session ends `maxAgeMs` after sign-in whatever happens (absolute lifetime), and after
 *   `idleMs` without a request (idle timeout).
 * Times come from the app clock (lib/clock.ts), so tests can move them.
 */
export type SessionPolicy = { maxAgeMs: number; idleMs: number };

/** Last-seen is written at most this often, so a busy dashboard is not a write per request. */
const TOUCH_EVERY_MS = 60 * 1000;

export type SessionAccount = { id: number; email: string; name: string; role: Role; locale: string };

/** Opens a session for an account that just proved its password; returns the id for the cookie. */
export async function startSession(db: Executor, userId: number, policy: SessionPolicy): Promise<string> {
  const id = newToken();
  const at = now();
  // Sessions of this account that can no longer be used go now (no separate clean-up job needed).
  await db
    .delete(organiserSessions)
    .where(
      and(
        eq(organiserSessions.userId, userId),
        or(
          lt(organiserSessions.createdAt, new Date(at.getTime() - policy.maxAgeMs)),
          lt(organiserSessions.lastSeenAt, new Date(at.getTime() - policy.idleMs)),
        ),
      ),
    );
  await db.insert(organiserSessions).values({ idHash: hashToken(id), userId, createdAt: at, lastSeenAt: at });
  return id;
}

/**
 * The account of a live session, or null: unknown or ended session, disabled account, past the
 * absolute lifetime or the idle timeout. A live session counts as used now.
 */
export async function resumeSession(db: Executor, sessionId: string, policy: SessionPolicy): Promise<SessionAccount | null> {
  const idHash = hashToken(sessionId);
  const [row] = await db
    .select({
      createdAt: organiserSessions.createdAt,
      lastSeenAt: organiserSessions.lastSeenAt,
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      locale: users.locale,
      disabledAt: users.disabledAt,
    })
    .from(organiserSessions)
    .innerJoin(users, eq(users.id, organiserSessions.userId))
    .where(eq(organiserSessions.idHash, idHash));
  if (!row) return null;
  const at = now().getTime();
  const expired = at - row.createdAt.getTime() >= policy.maxAgeMs || at - row.lastSeenAt.getTime() >= policy.idleMs;
  if (row.disabledAt || expired) {
    await endSession(db, sessionId);
    return null;
  }
  if (at - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await db
      .update(organiserSessions)
      .set({ lastSeenAt: new Date(at) })
      .where(eq(organiserSessions.idHash, idHash));
  }
  return { id: row.id, email: row.email, name: row.name, role: row.role, locale: row.locale };
}

/** Sign-out: this session only. */
export async function endSession(db: Executor, sessionId: string): Promise<void> {
  await db.delete(organiserSessions).where(eq(organiserSessions.idHash, hashToken(sessionId)));
}

/** Every session of the account (password, role or enabled state changed). Call in the change's transaction. */
export async function endAllSessions(db: Executor, userId: number): Promise<void> {
  await db.delete(organiserSessions).where(eq(organiserSessions.userId, userId));
}
