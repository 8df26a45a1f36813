"use server";

import { revalidatePath } from "next/cache";
import type { Database } from "@/db/client";
import { type EventContext, eventAction } from "@/lib/actions";
import { canManageEvents } from "@/lib/auth/roles";
import { removeBadgePhoto, saveBadgePhoto, setBadgeRole } from "@/lib/badges/badge-details";
import { badgePhotoSchema, badgeRoleSchema, registrationIdSchema } from "@/lib/badges/badge-schema";
import { belongsToEvent } from "@/lib/dashboard/registration-edit";
import { getDb } from "@/lib/database";

/** A registration of another dialogue (an id typed into the form) is "notFound", never changed. */
const ofThisEvent = { ownedBy: (db: Database, eventId: number, { id }: { id: number }) => belongsToEvent(db, eventId, id) };

const refresh = ({ event, locale }: EventContext, id: number) =>
  revalidatePath(`/${locale}/dashboard/events/${event.slug}/registrations/${id}`);

/** The role a badge prints (speaker, organiser, press, or none). */
export const setBadgeRoleAction = eventAction(
  canManageEvents,
  badgeRoleSchema,
  async ({ id, badgeRole }, context) => {
    const result = await setBadgeRole(getDb(), context.user, context.event.id, id, badgeRole);
    if (result === "notFound") return { ok: false, message: "notFound" };
    refresh(context, id);
    return { ok: true, message: "roleSaved" };
  },
  ofThisEvent,
);

/** A badge photo: JPEG or PNG up to 5 MB, re-encoded without its metadata before it is stored. */
export const uploadBadgePhotoAction = eventAction(
  canManageEvents,
  badgePhotoSchema,
  async ({ id, photo }, context) => {
    const result = await saveBadgePhoto(getDb(), context.user, context.event.id, id, Buffer.from(await photo.arrayBuffer()));
    if (!result.ok) {
      return result.reason === "notFound" ? { ok: false, message: "notFound" } : { ok: false, errors: { photo: [result.reason] } };
    }
    refresh(context, id);
    return { ok: true, message: "photoSaved" };
  },
  ofThisEvent,
);

export const removeBadgePhotoAction = eventAction(
  canManageEvents,
  registrationIdSchema,
  async ({ id }, context) => {
    const result = await removeBadgePhoto(getDb(), context.user, context.event.id, id);
    if (result !== "removed") return { ok: false, message: result };
    refresh(context, id);
    return { ok: true, message: "photoRemoved" };
  },
  ofThisEvent,
);
