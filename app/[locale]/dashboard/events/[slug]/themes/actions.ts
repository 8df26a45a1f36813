"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { type ActionState, organiserAction } from "@/lib/actions";
import { canManageEvents } from "@/lib/auth/roles";
import { revalidateEvent } from "@/lib/cache";
import { findEvent } from "@/lib/dashboard/event";
import { themeFormSchema } from "@/lib/dashboard/session-schema";
import { deleteTheme, saveTheme } from "@/lib/dashboard/themes";
import { getDb } from "@/lib/database";

const context = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,100}$/), locale: z.enum(["en", "es", "pt", "fr"]).catch("en") });

export const saveThemeAction = organiserAction(canManageEvents, themeFormSchema.and(context), async (form, user): Promise<ActionState> => {
  const event = await findEvent(getDb(), form.slug);
  if (!event) return { ok: false, message: "notFound" };
  const result = await saveTheme(getDb(), user, event.id, form);
  if (result.status === "slugTaken") return { ok: false, errors: { themeSlug: ["slugTaken"] } };
  if (result.status !== "saved") return { ok: false, message: "notFound" };
  revalidateEvent(event.slug);
  redirect(`/${form.locale}/dashboard/events/${event.slug}/themes?saved=${result.id}`);
});

export const deleteThemeAction = organiserAction(
  canManageEvents,
  z.object({ id: z.coerce.number().int().positive() }).and(context),
  async (form, user): Promise<ActionState> => {
    const event = await findEvent(getDb(), form.slug);
    if (!event) return { ok: false, message: "notFound" };
    if (!(await deleteTheme(getDb(), user, event.id, form.id))) return { ok: false, message: "notFound" };
    revalidateEvent(event.slug);
    redirect(`/${form.locale}/dashboard/events/${event.slug}/themes?deleted=1`);
  },
);
