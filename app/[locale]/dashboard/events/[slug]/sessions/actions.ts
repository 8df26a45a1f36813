"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { type ActionState, organiserAction } from "@/lib/actions";
import { canManageEvents } from "@/lib/auth/roles";
import { revalidateEvent } from "@/lib/cache";
import { findEvent } from "@/lib/dashboard/event";
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

const context = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,100}$/), locale: z.enum(["en", "es", "pt", "fr"]).catch("en") });

export const saveSessionAction = organiserAction(
  canManageEvents,
  sessionFormSchema.and(context),
  async (form, user, formData): Promise<ActionState> => {
    const event = await findEvent(getDb(), form.slug);
    if (!event) return { ok: false, message: "notFound" };
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
    redirect(
      `/${form.locale}/dashboard/events/${event.slug}/sessions?saved=${result.id}&promoted=${result.promoted}&demoted=${result.demoted}`,
    );
  },
);

export const deleteSessionAction = organiserAction(
  canManageEvents,
  deleteSessionSchema.and(context),
  async (form, user): Promise<ActionState> => {
    const event = await findEvent(getDb(), form.slug);
    if (!event) return { ok: false, message: "notFound" };
    const result = await deleteSession(getDb(), user, event.id, form.id, form.cancelSignups);
    if (result.status === "hasSignups") return { ok: false, message: "hasSignups", values: { active: String(result.active) } };
    if (result.status === "notFound") return { ok: false, message: "notFound" };
    revalidateEvent(event.slug);
    if (result.cancelled > 0) kickEmailWorker();
    redirect(`/${form.locale}/dashboard/events/${event.slug}/sessions?deleted=${result.cancelled}`);
  },
);
