"use server";

import { redirect } from "next/navigation";
import { type ActionState, eventAction } from "@/lib/actions";
import { canManageEvents } from "@/lib/auth/roles";
import { revalidateEvent } from "@/lib/cache";
import { deleteSessionSchema, sessionFormSchema } from "@/lib/dashboard/session-schema";
import { deleteSession, saveSession } from "@/lib/dashboard/sessions";
import { getDb } from "@/lib/database";
import { kickEmailWorker } from "@/lib/email/worker";

/** What the organiser typed, so the form comes back filled (also without JavaScript). */
function typed(formData: FormData, extra: Record<string, string> = {}): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  return { ...values, ...extra };
}

export const saveSessionAction = eventAction(
  canManageEvents,
  sessionFormSchema,
  async (form, { user, event, locale, formData }): Promise<ActionState> => {
    const result = await saveSession(getDb(), user, event, form);
    if (result.status === "belowConfirmed") {
      return {
        ok: false,
        errors: { capacity: ["belowConfirmed"] },
        message: "belowConfirmed",
        values: typed(formData, { confirmed: String(result.confirmed) }),
      };
    }
    if (result.status === "slugTaken") return { ok: false, errors: { sessionSlug: ["slugTaken"] }, values: typed(formData) };
    if (result.status === "outsideEvent") return { ok: false, errors: { day: ["outsideEvent"] }, values: typed(formData) };
    if (result.status === "badTheme") return { ok: false, errors: { themeId: ["required"] }, values: typed(formData) };
    if (result.status !== "saved") return { ok: false, message: "notFound" };
    revalidateEvent(event.slug);
    if (result.promoted + result.demoted > 0) kickEmailWorker(); // moved delegates hear of it now
    redirect(`/${locale}/dashboard/events/${event.slug}/sessions?saved=${result.id}&promoted=${result.promoted}&demoted=${result.demoted}`);
  },
);

export const deleteSessionAction = eventAction(canManageEvents, deleteSessionSchema, async (form, { user, event, locale }) => {
  const result = await deleteSession(getDb(), user, event.id, form.id, form.cancelSignups);
  if (result.status === "hasSignups") return { ok: false, message: "hasSignups", values: { active: String(result.active) } };
  if (result.status === "notFound") return { ok: false, message: "notFound" };
  revalidateEvent(event.slug);
  if (result.cancelled > 0) kickEmailWorker();
  redirect(`/${locale}/dashboard/events/${event.slug}/sessions?deleted=${result.cancelled}`);
});
