"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { type ActionState, organiserAction } from "@/lib/actions";
import { canManageEvents } from "@/lib/auth/roles";
import { approveRegistration, cancelRegistration, type DecisionResult, declineRegistration, resendConfirmation } from "@/lib/dashboard/decisions";
import { findEvent } from "@/lib/dashboard/event";
import { updateRegistration } from "@/lib/dashboard/registration-edit";
import { decisionSchema, declineSchema, registrationEditSchema } from "@/lib/dashboard/registration-schema";

const slug = z.string().regex(/^[a-z0-9-]{1,100}$/);
const locale = z.enum(["en", "es", "pt", "fr"]).catch("en");

export const editRegistrationAction = organiserAction(
  canManageEvents,
  registrationEditSchema.extend({ slug, locale }),
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

function decisionState(result: DecisionResult, success: string): ActionState {
  if (result === "done") return { ok: true, message: success };
  return { ok: false, message: result };
}

/** One action per decision; each re-reads the event and checks the registration belongs to it. */
function decisionAction<S extends z.ZodObject>(
  schema: S,
  success: string,
  decide: (eventId: number, data: z.output<S>, actor: { id: number; email: string }) => Promise<DecisionResult>,
) {
  return organiserAction(canManageEvents, schema.extend({ slug, locale }), async (data, user): Promise<ActionState> => {
    const { slug: eventSlug, locale: pageLocale } = data as { slug: string; locale: string };
    const event = await findEvent(getDb(), eventSlug);
    if (!event) return { ok: false, message: "notFound" };
    const result = await decide(event.id, data as z.output<S>, { id: user.id, email: user.email });
    revalidatePath(`/${pageLocale}/dashboard/events/${eventSlug}/registrations`, "layout");
    return decisionState(result, success);
  });
}

export const approveAction = decisionAction(decisionSchema, "approved", (eventId, { id }, actor) =>
  approveRegistration(getDb(), { eventId, registrationId: id, actor }),
);

export const declineAction = decisionAction(declineSchema, "declined", (eventId, { id, reason }, actor) =>
  declineRegistration(getDb(), { eventId, registrationId: id, reason, actor }),
);

export const cancelAction = decisionAction(decisionSchema, "cancelled", (eventId, { id, reason }, actor) =>
  cancelRegistration(getDb(), { eventId, registrationId: id, reason, actor }),
);

export const resendAction = decisionAction(decisionSchema, "resent", (eventId, { id }, actor) =>
  resendConfirmation(getDb(), { eventId, registrationId: id, actor }),
);
