import "server-only";
import { and, eq, isNotNull, isNull, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type Event, invitees } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { type AuditActor, recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { queueInvitationEmail } from "@/lib/email/templates/invitations";
import { hashToken, newToken } from "@/lib/tokens";
import { notRegistered } from "./invitees";

type SendEvent = Pick<Event, "id" | "slug" | "title" | "contactEmail">;

/**
 * Gives each chosen invitee a fresh personal link (its hash replaces the old one, so the newest
 * email holds the one working link) and queues the email, all in one transaction with its audit
 * entry. Invitees whose link has been used are never written to again.
 */
async function send(db: Database, actor: AuditActor, event: SendEvent, which: SQL, kind: "invitation" | "invitationReminder") {
  return inTransaction(db, async (tx) => {
    const chosen = await tx
      .select()
      .from(invitees)
      .where(and(eq(invitees.eventId, event.id), isNull(invitees.usedAt), which))
      .for("update");
    const at = now();
    for (const invitee of chosen) {
      const token = newToken();
      const sent = kind === "invitation" ? { invitedAt: at } : { remindedAt: at };
      await tx
        .update(invitees)
        .set({ tokenHash: hashToken(token), ...sent })
        .where(eq(invitees.id, invitee.id));
      await queueInvitationEmail(tx, event, invitee, token, kind, at);
    }
    if (chosen.length > 0) {
      await recordAudit(tx, actor, {
        action: kind === "invitation" ? "invitee.invite" : "invitee.remind",
        entityType: "event",
        entityId: event.id,
        eventId: event.id,
        after: { invitees: chosen.map((i) => i.id) },
      });
    }
    return chosen.length;
  });
}

/** Invites everyone on the list not invited yet; returns how many. */
export function sendInvitations(db: Database, actor: AuditActor, event: SendEvent): Promise<number> {
  return send(db, actor, event, isNull(invitees.invitedAt), "invitation");
}

/** Sends one invitee their invitation again, with a new link (the old one stops working). */
export function resendInvitation(db: Database, actor: AuditActor, event: SendEvent, id: number): Promise<number> {
  return send(db, actor, event, and(eq(invitees.id, id), notRegistered)!, "invitation");
}

/** Reminds every invited invitee who has not registered; returns how many. */
export function sendReminders(db: Database, actor: AuditActor, event: SendEvent): Promise<number> {
  return send(db, actor, event, and(isNotNull(invitees.invitedAt), notRegistered)!, "invitationReminder");
}
