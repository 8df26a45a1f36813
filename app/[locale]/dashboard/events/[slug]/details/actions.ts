"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { eventAction } from "@/lib/actions";
import { canManageEvents } from "@/lib/auth/roles";
import { revalidateEvent } from "@/lib/cache";
import { getDb } from "@/lib/database";
import { cloneDialogue, setDialogueStatus } from "@/lib/dialogues/clone";
import { cloneDialogueSchema, dialogueDetailsSchema } from "@/lib/dialogues/dialogue-schema";
import { updateDialogueDetails } from "@/lib/dialogues/edit";

export const saveDialogueDetailsAction = eventAction(canManageEvents, dialogueDetailsSchema, async (form, { user, event, locale }) => {
  const result = await updateDialogueDetails(getDb(), user, event.id, form);
  if (!result) return { ok: false, message: "notFound" };
  if (result.status === "refused") return { ok: false, errors: result.errors };
  // Both addresses: the old slug's pages must stop answering, the new one's show the new details.
  revalidateEvent(event.slug);
  revalidateEvent(result.event.slug);
  redirect(`/${locale}/dashboard/events/${result.event.slug}/details?saved=1`);
});

export const setDialogueStatusAction = eventAction(
  canManageEvents,
  z.object({ status: z.enum(["draft", "published", "archived"], { error: "required" }) }),
  async ({ status }, { user, event, locale }) => {
    if (!(await setDialogueStatus(getDb(), user, event.id, status))) return { ok: false, message: "notFound" };
    revalidateEvent(event.slug);
    redirect(`/${locale}/dashboard/events/${event.slug}/details?status=${status}`);
  },
  // Publishing an archived dialogue again (or taking it back to draft) is how it becomes editable.
  { whenArchived: "allow" },
);

export const cloneDialogueAction = eventAction(
  canManageEvents,
  cloneDialogueSchema,
  async (form, { user, event, locale }) => {
    const result = await cloneDialogue(getDb(), user, event.id, form);
    if (!result) return { ok: false, message: "notFound" };
    if (result.status === "refused") return { ok: false, errors: result.errors };
    redirect(`/${locale}/dashboard/events/${result.event.slug}/details?cloned=1`);
  },
  { whenArchived: "allow" },
);
