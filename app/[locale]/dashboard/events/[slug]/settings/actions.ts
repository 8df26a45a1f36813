"use server";

import { redirect } from "next/navigation";
import { eventAction } from "@/lib/actions";
import { canManageEvents } from "@/lib/auth/roles";
import { revalidateEvent } from "@/lib/cache";
import { CapacityBelowConfirmed, updateEventSettings } from "@/lib/dashboard/event-settings";
import { eventSettingsSchema } from "@/lib/dashboard/event-settings-schema";
import { getDb } from "@/lib/database";

export const saveEventSettingsAction = eventAction(canManageEvents, eventSettingsSchema, async (form, { user, event, locale }) => {
  try {
    if (!(await updateEventSettings(getDb(), user, event.id, form))) return { ok: false, message: "notFound" };
  } catch (error) {
    if (error instanceof CapacityBelowConfirmed) return { ok: false, errors: { [error.field]: ["capacityBelowConfirmed"] } };
    throw error;
  }
  // The public pages (register button, window, stream) follow at once.
  revalidateEvent(event.slug);
  redirect(`/${locale}/dashboard/events/${event.slug}/settings?saved=1`);
});
