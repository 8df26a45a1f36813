"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { type ActionState, organiserAction } from "@/lib/actions";
import { canManageEvents } from "@/lib/auth/roles";
import { refreshSeatCounts } from "@/lib/cache";
import { findEvent } from "@/lib/dashboard/event";
import { belongsToEvent, updateRegistration } from "@/lib/dashboard/registration-edit";
import { cancelSchema, decisionSchema, declineSchema, registrationEditSchema } from "@/lib/dashboard/registration-schema";
import { getDb } from "@/lib/database";
import { kickEmailWorker } from "@/lib/email/worker";
import { approveRegistration, cancelRegistration, declineRegistration, resendConfirmation } from "@/lib/registration";

const slug = z.string().regex(/^[a-z0-9-]{1,100}$/);
const locale = z.enum(["en", "es", "pt", "fr"]).catch("en");

export const editRegistrationAction = organiserAction(
  canManageEvents,
  registrationEditSchema.and(z.object({ slug, locale })),
  async ({ slug, locale, ...edit }, user): Promise<ActionState> => {
    const event = await findEvent(getDb(), slug);
    if (!event) return { ok: false, message: "notFound" };
    const result = await updateRegistration(getDb(), user, event.id, edit);
    if (result === "notFound") return { ok: false, message: "notFound" };
    if (result === "emailTaken") return { ok: false, errors: { email: ["emailTaken"] } };
    revalidatePath(`/${locale}/dashboard/events/${slug}/registrations`, "layout");
    redirect(`/${locale}/dashboard/events/${slug}/registrations/${edit.id}?done=${result}`);
  },
);

type Decision = { ok: true } | { ok: false; reason: "notFound" | "notPending" | "alreadyCancelled" };

function decisionState(result: Decision, success: string): ActionState {
  if (result.ok) return { ok: true, message: success };
  return { ok: false, message: result.reason === "notFound" ? "notFound" : "wrongStatus" };
}

/**
 * One action per decision, each a call into the registration domain (lib/registration) after
 * checking that the registration belongs to the event in the URL the organiser works in.
 */
function decisionAction<S extends z.ZodObject>(
  schema: S,
  success: string,
  decide: (data: z.output<S>, actorUserId: number) => Promise<Decision>,
) {
  return organiserAction(canManageEvents, schema.extend({ slug, locale }), async (data, user): Promise<ActionState> => {
    const { slug: eventSlug, locale: pageLocale, id } = data as { slug: string; locale: string; id: number };
    const event = await findEvent(getDb(), eventSlug);
    if (!event || !(await belongsToEvent(getDb(), event.id, id))) return { ok: false, message: "notFound" };
    const result = await decide(data as z.output<S>, user.id);
    if (result.ok) {
      refreshSeatCounts(eventSlug);
      kickEmailWorker(); // the delegate's email goes out now, not at the next poll
    }
    revalidatePath(`/${pageLocale}/dashboard/events/${eventSlug}/registrations`, "layout");
    return decisionState(result, success);
  });
}

export const approveAction = decisionAction(decisionSchema, "approved", ({ id }, actorUserId) =>
  approveRegistration(getDb(), { registrationId: id, actorUserId }),
);

export const declineAction = decisionAction(declineSchema, "declined", ({ id, reason }, actorUserId) =>
  declineRegistration(getDb(), { registrationId: id, reason, actorUserId }),
);

export const cancelAction = decisionAction(cancelSchema, "cancelled", ({ id }, actorUserId) =>
  cancelRegistration(getDb(), { registrationId: id, actorUserId }),
);

export const resendAction = decisionAction(decisionSchema, "resent", ({ id }, actorUserId) =>
  resendConfirmation(getDb(), { registrationId: id, actorUserId }),
);
