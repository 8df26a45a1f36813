"use server";

import { redirect } from "next/navigation";
import { eventAction } from "@/lib/actions";
import { canAdminister } from "@/lib/auth/roles";
import { getDb } from "@/lib/database";
import { kickEmailWorker } from "@/lib/email/worker";
import { letterheadSchema, visaLetterSchema } from "@/lib/visa/action-schemas";
import { emailVisaLetter, issueVisaLetter } from "@/lib/visa/issue";
import { saveLetterhead } from "@/lib/visa/letterhead";
import { isEventVisaRequest } from "@/lib/visa/requests";

/** Passport data and letters are for administrators alone: every action here is `canAdminister`. */
const page = (locale: string, slug: string, done: string) => `/${locale}/dashboard/events/${slug}/visa?done=${done}`;
const ownRequest = {
  ownedBy: (db: ReturnType<typeof getDb>, eventId: number, data: { id: number }) => isEventVisaRequest(db, eventId, data.id),
};

export const saveLetterheadAction = eventAction(canAdminister, letterheadSchema, async (input, { user, event, locale }) => {
  const saved = await saveLetterhead(getDb(), user, event.id, input);
  if (!saved.ok) return { ok: false, errors: { logo: [saved.logoError] } };
  redirect(page(locale, event.slug, "letterhead"));
});

export const issueVisaLetterAction = eventAction(
  canAdminister,
  visaLetterSchema,
  async ({ id }, { user, event, locale }) => {
    const issued = await issueVisaLetter(getDb(), user, event, id);
    if (!issued.ok) return { ok: false, message: issued.reason };
    redirect(page(locale, event.slug, "issued"));
  },
  ownRequest,
);

export const emailVisaLetterAction = eventAction(
  canAdminister,
  visaLetterSchema,
  async ({ id }, { user, event, locale }) => {
    const sent = await emailVisaLetter(getDb(), user, event, id);
    if (!sent.ok) return { ok: false, message: sent.reason };
    kickEmailWorker();
    redirect(page(locale, event.slug, "emailed"));
  },
  ownRequest,
);
