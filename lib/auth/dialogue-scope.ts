import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { userDialogues, users } from "@/db/schema";
import type { SessionUser } from "./guard";

/**
 * Which dialogues an account may open: "all" for administrators and for accounts not limited to
 * some (`users.all_dialogues`), otherwise the ids listed for it. Read fresh on every check, so an
 * administrator's change applies at the next request.
 */
export async function dialogueScope(db: Executor, user: Pick<SessionUser, "id" | "role">): Promise<"all" | Set<number>> {
  if (user.role === "admin") return "all";
  const [account] = await db.select({ allDialogues: users.allDialogues }).from(users).where(eq(users.id, user.id));
  if (!account || account.allDialogues) return "all";
  const rows = await db.select({ eventId: userDialogues.eventId }).from(userDialogues).where(eq(userDialogues.userId, user.id));
  return new Set(rows.map((row) => row.eventId));
}

/** Whether the account may open one dialogue (every organiser page, action and export asks this). */
export async function mayOpenDialogue(db: Executor, user: Pick<SessionUser, "id" | "role">, eventId: number): Promise<boolean> {
  if (user.role === "admin") return true;
  const [account] = await db.select({ allDialogues: users.allDialogues }).from(users).where(eq(users.id, user.id));
  if (!account) return false;
  if (account.allDialogues) return true;
  const [row] = await db
    .select({ eventId: userDialogues.eventId })
    .from(userDialogues)
    .where(and(eq(userDialogues.userId, user.id), eq(userDialogues.eventId, eventId)));
  return row != null;
}
