"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionState, eventAction } from "@/lib/actions";
import { canCheckIn } from "@/lib/auth/roles";
import { checkIn } from "@/lib/dashboard/checkin";
import { checkbox } from "@/lib/dashboard/form-fields";
import { getDb } from "@/lib/database";
import { intlLocale, localize } from "@/lib/i18n/localize";

const optionalId = z
  .string()
  .optional()
  .transform((value) => (value ? Number(value) : null))
  .pipe(z.number().int().positive().nullable());

const checkInSchema = z
  .object({
    token: z.string().trim().max(200, { error: "tooLong" }).optional(),
    registrationId: optionalId,
    sessionId: optionalId,
    /** "Admit anyway": a delegate not signed up for the session, where it allows walk-ins. */
    admitWithoutSignup: checkbox,
  })
  .refine((data) => data.token || data.registrationId, { path: ["token"], error: "required" });

/** The desk: by the QR code's token (scanned or typed) or by a registration picked in the search. */
export const checkInAction = eventAction(
  canCheckIn,
  checkInSchema,
  async (data, { user, event, locale }): Promise<ActionState> => {
    const db = getDb();
    // A QR code may carry the token alone or inside a URL ending with it.
    const token = data.token
      ?.split(/[/#?=]/)
      .filter(Boolean)
      .pop();
    const target = data.registrationId ? { registrationId: data.registrationId } : { token: token ?? "" };
    const result = await checkIn(db, user, event, target, data.sessionId, { admitWithoutSignup: data.admitWithoutSignup });
    revalidatePath(`/${locale}/dashboard/events/${event.slug}/checkin`);
    revalidatePath(`/${locale}/dashboard/events/${event.slug}/attendance`);
    if (result.status === "checkedIn" || result.status === "already") {
      const time = new Intl.DateTimeFormat(intlLocale(locale), { hour: "2-digit", minute: "2-digit", timeZone: event.timeZone }).format(
        result.at,
      );
      return {
        ok: result.status === "checkedIn",
        message: result.status === "checkedIn" && result.admittedWithoutSignup ? "admitted" : result.status,
        values: {
          name: result.name,
          organisation: result.organisation,
          time,
          by: result.by ?? "—",
          place: result.sessionTitle ? localize(result.sessionTitle, locale) : "",
        },
      };
    }
    if (result.status === "notSignedUp" || result.status === "waitlisted") {
      // The desk offers "Admit anyway" for this delegate when the session allows walk-ins.
      const values = { name: result.name, place: localize(result.sessionTitle, locale), registrationId: String(result.registrationId) };
      return { ok: false, message: result.status, values: { ...values, walkIns: result.walkIns ? "on" : "" } };
    }
    if (result.status === "notConfirmed") return { ok: false, message: "notConfirmed", values: { name: result.name } };
    return { ok: false, message: result.status };
  },
  { missingEvent: "unknown" },
);
