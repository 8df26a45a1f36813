"use server";

import { redirect } from "next/navigation";
import { eventAction } from "@/lib/actions";
import { canManageEvents } from "@/lib/auth/roles";
import { sendCertificates } from "@/lib/certificates/certificates";
import { sendCertificatesSchema } from "@/lib/certificates/send-schema";
import { getDb } from "@/lib/database";
import { kickEmailWorker } from "@/lib/email/worker";

/** Emails every eligible delegate not yet sent one their certificate of attendance, once, after the organiser confirmed the count. */
export const sendCertificatesAction = eventAction(canManageEvents, sendCertificatesSchema, async (form, { user, event, locale }) => {
  const result = await sendCertificates(getDb(), user, event, form);
  switch (result.status) {
    case "notEnded":
    case "nothingToSend":
      return { ok: false, message: result.status };
    case "countMismatch":
      return { ok: false, errors: { confirm: ["countMismatch"] }, values: { count: String(result.count) } };
  }
  kickEmailWorker();
  redirect(`/${locale}/dashboard/events/${event.slug}/certificates?sent=${result.count}`);
});
