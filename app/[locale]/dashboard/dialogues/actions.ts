"use server";

import { redirect } from "next/navigation";
import { organiserAction } from "@/lib/actions";
import { canAdminister } from "@/lib/auth/roles";
import { getDb } from "@/lib/database";
import { createDialogue } from "@/lib/dialogues/create";
import { newDialogueSchema } from "@/lib/dialogues/dialogue-schema";

/** An administrator creates a dialogue; it starts as a draft, so no public page changes yet. */
export const createDialogueAction = organiserAction(canAdminister, newDialogueSchema, async (form, { user, locale }) => {
  const result = await createDialogue(getDb(), user, form);
  if (result.status === "refused") return { ok: false, errors: result.errors };
  redirect(`/${locale}/dashboard/events/${result.event.slug}/details?created=1`);
});
