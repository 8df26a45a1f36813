"use server";

import { redirect } from "next/navigation";
import { eventAction } from "@/lib/actions";
import { canManageEvents } from "@/lib/auth/roles";
import { getDb } from "@/lib/database";
import { kickEmailWorker } from "@/lib/email/worker";
import { composeMailingSchema, sendMailingSchema } from "@/lib/mailings/compose-schema";
import { saveMailingDraft, sendMailing } from "@/lib/mailings/mailings";

/** Stores the composed mailing as a draft (once per compose form) and shows its preview. */
export const composeMailingAction = eventAction(canManageEvents, composeMailingSchema, async (form, { user, event, locale, formData }) => {
  const result = await saveMailingDraft(getDb(), user, event.id, form);
  const values = Object.fromEntries([...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  if (result.status === "noRecipients") return { ok: false, errors: { status: ["noRecipients"] }, values };
  if (result.status === "alreadySent") return { ok: false, message: "alreadySent", values };
  redirect(`/${locale}/dashboard/events/${event.slug}/mailings/${result.id}`);
});

/** Sends a previewed draft, once, after the organiser confirmed the recipient count. */
export const sendMailingAction = eventAction(canManageEvents, sendMailingSchema, async (form, { user, event, locale }) => {
  const result = await sendMailing(getDb(), user, event, form);
  switch (result.status) {
    case "notFound":
    case "alreadySent":
    case "repeat":
      return { ok: false, message: result.status };
    case "noRecipients":
      return { ok: false, errors: { confirmCount: ["noRecipients"] } };
    case "countMismatch":
      return { ok: false, errors: { confirmCount: ["countMismatch"] }, values: { recipients: String(result.count) } };
  }
  kickEmailWorker();
  redirect(`/${locale}/dashboard/events/${event.slug}/mailings?sent=${form.id}`);
});
