"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Database } from "@/db/client";
import { type ActionState, type EventContext, eventAction } from "@/lib/actions";
import { canManageEvents } from "@/lib/auth/roles";
import { refreshSeatCounts } from "@/lib/cache";
import { belongsToEvent, updateRegistration } from "@/lib/dashboard/registration-edit";
import { cancelSchema, decisionSchema, declineSchema, registrationEditSchema } from "@/lib/dashboard/registration-schema";
import { getDb } from "@/lib/database";
import { kickEmailWorker } from "@/lib/email/worker";
import { parseAnswers } from "@/lib/questions/answers";
import { approveRegistration, cancelRegistration, declineRegistration, resendConfirmation } from "@/lib/registration";

export const editRegistrationAction = eventAction(
  canManageEvents,
  registrationEditSchema,
  async ({ slug: _slug, ...edit }, { user, event, locale, formData }) => {
    const answers = await parseAnswers(getDb(), event.id, formData);
    if (!answers.ok) return { ok: false, errors: answers.errors };
    const result = await updateRegistration(getDb(), user, event.id, edit, answers.answers);
    if (result === "notFound") return { ok: false, message: "notFound" };
    if (result === "emailTaken") return { ok: false, errors: { email: ["emailTaken"] } };
    revalidatePath(`/${locale}/dashboard/events/${event.slug}/registrations`, "layout");
    redirect(`/${locale}/dashboard/events/${event.slug}/registrations/${edit.id}?done=${result}`);
  },
);

type Decision = { ok: true } | { ok: false; reason: "notFound" | "notPending" | "alreadyCancelled" };

/** A registration of another event (an id typed into the form) is "notFound", never decided. */
const ofThisEvent = { ownedBy: (db: Database, eventId: number, { id }: { id: number }) => belongsToEvent(db, eventId, id) };

/**
 * Each decision is a call into the registration domain (lib/registration); what follows is the
 * same for all: seat counts, the delegate's email now rather than at the next poll, the table.
 */
async function decided(
  success: string,
  decide: (actorUserId: number) => Promise<Decision>,
  { user, event, locale }: EventContext,
): Promise<ActionState> {
  const result = await decide(user.id);
  if (result.ok) {
    refreshSeatCounts(event.slug);
    kickEmailWorker();
  }
  revalidatePath(`/${locale}/dashboard/events/${event.slug}/registrations`, "layout");
  if (result.ok) return { ok: true, message: success };
  return { ok: false, message: result.reason === "notFound" ? "notFound" : "wrongStatus" };
}

export const approveAction = eventAction(
  canManageEvents,
  decisionSchema,
  ({ id }, context) => decided("approved", (actorUserId) => approveRegistration(getDb(), { registrationId: id, actorUserId }), context),
  ofThisEvent,
);

export const declineAction = eventAction(
  canManageEvents,
  declineSchema,
  ({ id, reason }, context) =>
    decided("declined", (actorUserId) => declineRegistration(getDb(), { registrationId: id, reason, actorUserId }), context),
  ofThisEvent,
);

export const cancelAction = eventAction(
  canManageEvents,
  cancelSchema,
  ({ id }, context) => decided("cancelled", (actorUserId) => cancelRegistration(getDb(), { registrationId: id, actorUserId }), context),
  ofThisEvent,
);

export const resendAction = eventAction(
  canManageEvents,
  decisionSchema,
  ({ id }, context) => decided("resent", (actorUserId) => resendConfirmation(getDb(), { registrationId: id, actorUserId }), context),
  ofThisEvent,
);
