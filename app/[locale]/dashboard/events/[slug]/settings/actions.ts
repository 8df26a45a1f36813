"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { type ActionState, organiserAction } from "@/lib/actions";
import { canManageEvents } from "@/lib/auth/roles";
import { revalidateEvent } from "@/lib/cache";
import { findEvent } from "@/lib/dashboard/event";
import { updateEventSettings } from "@/lib/dashboard/event-settings";
import { eventSettingsSchema } from "@/lib/dashboard/event-settings-schema";
import { getDb } from "@/lib/database";

const context = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,100}$/), locale: z.enum(["en", "es", "pt", "fr"]).catch("en") });

export const saveEventSettingsAction = organiserAction(
  canManageEvents,
  eventSettingsSchema.and(context),
  async (form, user): Promise<ActionState> => {
    const event = await findEvent(getDb(), form.slug);
    if (!event) return { ok: false, message: "notFound" };
    if (!(await updateEventSettings(getDb(), user, event.id, form))) return { ok: false, message: "notFound" };
    // The public pages (register button, window, stream) follow at once.
    revalidateEvent(event.slug);
    redirect(`/${form.locale}/dashboard/events/${event.slug}/settings?saved=1`);
  },
);
