"use server";

import { redirect } from "next/navigation";
import { eventAction } from "@/lib/actions";
import { canManageEvents } from "@/lib/auth/roles";
import { getDb } from "@/lib/database";
import { kickEmailWorker } from "@/lib/email/worker";
import { importFileSchema, inviteeIdSchema, sendAllSchema } from "@/lib/invitations/action-schemas";
import { readInviteeFile } from "@/lib/invitations/import-file";
import { inviteeSchema } from "@/lib/invitations/invitee-schema";
import { addInvitee, importInvitees, isEventInvitee, removeInvitee } from "@/lib/invitations/invitees";
import { resendInvitation, sendInvitations, sendReminders } from "@/lib/invitations/send";

const page = (locale: string, slug: string, query: string) => `/${locale}/dashboard/events/${slug}/invitations?${query}`;
const ownInvitee = {
  ownedBy: (db: ReturnType<typeof getDb>, eventId: number, data: { id: number }) => isEventInvitee(db, eventId, data.id),
};

export const addInviteeAction = eventAction(canManageEvents, inviteeSchema, async (invitee, { user, event, locale }) => {
  if ((await addInvitee(getDb(), user, event.id, invitee)) === "alreadyInvited")
    return { ok: false, errors: { email: ["alreadyInvited"] } };
  redirect(page(locale, event.slug, "added=1"));
});

/** A whole file or nothing: a refused file comes back with every bad row named. */
export const importInviteesAction = eventAction(canManageEvents, importFileSchema, async ({ file }, { user, event, locale }) => {
  const read = await readInviteeFile(file);
  const result = read.ok ? await importInvitees(getDb(), user, event.id, read.rows) : read;
  if (!result.ok) return { ok: false, message: "importRefused", rowErrors: result.errors };
  redirect(page(locale, event.slug, `imported=${result.count}`));
});

export const removeInviteeAction = eventAction(
  canManageEvents,
  inviteeIdSchema,
  async ({ id }, { user, event, locale }) => {
    if (!(await removeInvitee(getDb(), user, event.id, id))) return { ok: false, message: "notFound" };
    redirect(page(locale, event.slug, "removed=1"));
  },
  ownInvitee,
);

export const sendInvitationsAction = eventAction(canManageEvents, sendAllSchema, async (_form, { user, event, locale }) => {
  const count = await sendInvitations(getDb(), user, event);
  kickEmailWorker();
  redirect(page(locale, event.slug, `invited=${count}`));
});

export const resendInvitationAction = eventAction(
  canManageEvents,
  inviteeIdSchema,
  async ({ id }, { user, event, locale }) => {
    const count = await resendInvitation(getDb(), user, event, id);
    kickEmailWorker();
    redirect(page(locale, event.slug, `invited=${count}`));
  },
  ownInvitee,
);

export const sendRemindersAction = eventAction(canManageEvents, sendAllSchema, async (_form, { user, event, locale }) => {
  const count = await sendReminders(getDb(), user, event);
  kickEmailWorker();
  redirect(page(locale, event.slug, `reminded=${count}`));
});
