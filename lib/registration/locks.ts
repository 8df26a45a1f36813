import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { registrations, users } from "@/db/schema";
import type { AuditActor } from "@/lib/audit";

/** Locks a registration row for the rest of the transaction (all changes to one delegate queue here). */
export async function lockRegistration(tx: Executor, registrationId: number) {
  const [row] = await tx.select().from(registrations).where(eq(registrations.id, registrationId)).for("update");
  return row ?? null;
}

/** The audit actor for an organiser's user id (null for the delegate themself). */
export async function auditActor(tx: Executor, userId: number | null | undefined): Promise<AuditActor> {
  if (userId == null) return null;
  const [user] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, userId));
  return user ?? { id: userId, email: "" };
}
