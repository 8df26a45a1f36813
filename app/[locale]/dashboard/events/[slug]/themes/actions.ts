"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { eventAction } from "@/lib/actions";
import { canManageEvents } from "@/lib/auth/roles";
import { revalidateEvent } from "@/lib/cache";
import { themeFormSchema } from "@/lib/dashboard/session-schema";
import { deleteTheme, saveTheme } from "@/lib/dashboard/themes";
import { getDb } from "@/lib/database";

export const saveThemeAction = eventAction(canManageEvents, themeFormSchema, async (form, { user, event, locale }) => {
  const result = await saveTheme(getDb(), user, event.id, form);
  if (result.status === "slugTaken") return { ok: false, errors: { themeSlug: ["slugTaken"] } };
  if (result.status !== "saved") return { ok: false, message: "notFound" };
  revalidateEvent(event.slug);
  redirect(`/${locale}/dashboard/events/${event.slug}/themes?saved=${result.id}`);
});

export const deleteThemeAction = eventAction(
  canManageEvents,
  z.object({ id: z.coerce.number().int().positive() }),
  async (form, { user, event, locale }) => {
    if (!(await deleteTheme(getDb(), user, event.id, form.id))) return { ok: false, message: "notFound" };
    revalidateEvent(event.slug);
    redirect(`/${locale}/dashboard/events/${event.slug}/themes?deleted=1`);
  },
);
