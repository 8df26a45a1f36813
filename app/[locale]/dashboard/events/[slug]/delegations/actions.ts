"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Database } from "@/db/client";
import { type ActionState, eventAction } from "@/lib/actions";
import { canManageEvents } from "@/lib/auth/roles";
import { refreshSeatCounts } from "@/lib/cache";
import { localToInstant } from "@/lib/dashboard/event-settings";
import { getDb } from "@/lib/database";
import { delegationEditSchema, delegationIdSchema } from "@/lib/delegations/action-schemas";
import { delegationSchema } from "@/lib/delegations/delegation-schema";
import { createDelegation, reissueDelegationLink, revokeDelegationLink } from "@/lib/delegations/delegations";
import { approveDelegation, isEventDelegation, updateDelegation } from "@/lib/delegations/organiser";
import { kickEmailWorker } from "@/lib/email/worker";

const page = (locale: string, slug: string) => `/${locale}/dashboard/events/${slug}/delegations`;
/** A delegation of another dialogue (an id typed into the form) is "notFound", never changed. */
const ownDelegation = {
  ownedBy: (db: Database, eventId: number, { id }: { id: number }) => isEventDelegation(db, eventId, id),
};

/** Creates the delegation and emails its focal point the secret link (the deadline is a wall time in the dialogue's zone). */
export const createDelegationAction = eventAction(
  canManageEvents,
  delegationSchema,
  async ({ slug: _slug, ...form }, { user, event, locale }) => {
    const deadline = localToInstant(form.deadline, event.timeZone)!;
    await createDelegation(getDb(), user, event, { ...form, deadline });
    kickEmailWorker();
    redirect(`${page(locale, event.slug)}?created=1`);
  },
);

export const updateDelegationAction = eventAction(
  canManageEvents,
  delegationEditSchema,
  async ({ id, quota, deadline }, { user, event, locale }): Promise<ActionState> => {
    const result = await updateDelegation(getDb(), user, event.id, id, { quota, deadline: localToInstant(deadline, event.timeZone)! });
    if (result === "notFound") return { ok: false, message: "notFound" };
    if (result === "belowPlacesUsed") return { ok: false, errors: { quota: ["belowPlacesUsed"] } };
    revalidatePath(page(locale, event.slug));
    return { ok: true, message: "updated" };
  },
  ownDelegation,
);

export const reissueDelegationLinkAction = eventAction(
  canManageEvents,
  delegationIdSchema,
  async ({ id }, { user, event, locale }) => {
    if (!(await reissueDelegationLink(getDb(), user, event, id))) return { ok: false, message: "notFound" };
    kickEmailWorker();
    revalidatePath(page(locale, event.slug));
    return { ok: true, message: "reissued" };
  },
  ownDelegation,
);

export const revokeDelegationLinkAction = eventAction(
  canManageEvents,
  delegationIdSchema,
  async ({ id }, { user, event, locale }) => {
    if (!(await revokeDelegationLink(getDb(), user, event.id, id))) return { ok: false, message: "alreadyRevoked" };
    revalidatePath(page(locale, event.slug));
    return { ok: true, message: "revoked" };
  },
  ownDelegation,
);

/** Approves the delegation and confirms its members awaiting approval (each gets their confirmation). */
export const approveDelegationAction = eventAction(
  canManageEvents,
  delegationIdSchema,
  async ({ id }, { user, event, locale }) => {
    const result = await approveDelegation(getDb(), user, event.id, id);
    if (!result.ok) return { ok: false, message: "notFound" };
    refreshSeatCounts(event.slug);
    kickEmailWorker();
    revalidatePath(page(locale, event.slug));
    return { ok: true, message: "approved" };
  },
  ownDelegation,
);
