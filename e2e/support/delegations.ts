import type { Database } from "@/db/client";
import { delegations } from "@/db/schema";
import { hashToken, newToken } from "@/lib/tokens";

/**
 * A delegation of a test's own dialogue, as the organisers' form makes it, with the focal point's
 * secret link token (only its hash is stored, as the app does).
 */
export async function createTestDelegation(db: Database, eventId: number, options: { quota: number; deadline?: Date; name?: string }) {
  const token = newToken();
  const [delegation] = await db
    .insert(delegations)
    .values({
      eventId,
      name: options.name ?? "Colombia — Ministerio TIC",
      countryCode: "CO",
      quota: options.quota,
      focalName: "Ana Gómez",
      focalEmail: `focal.${token.slice(0, 8).toLowerCase()}@example.org`,
      focalLanguage: "en",
      deadline: options.deadline ?? new Date("2999-01-01T00:00:00Z"),
      tokenHash: hashToken(token),
    })
    .returning();
  return { delegation: delegation!, token };
}
