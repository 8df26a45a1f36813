"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isFormData } from "@/lib/actions";
import { refreshSeatCounts } from "@/lib/cache";
import { getDb } from "@/lib/database";
import { withDatabaseOutageGuard } from "@/lib/database-outage-guard";
import { kickEmailWorker } from "@/lib/email/worker";
import { routing } from "@/lib/i18n/routing";
import type { RegistrationState } from "@/lib/registration/form-state";
import { allowRegistrationPost } from "@/lib/registration/limits";
import { submitRegistration } from "@/lib/registration/register";
import { formDataToRegistration } from "@/lib/validation/registration";

/**
 * The registration form's action (also reached by a plain form post without JavaScript). Whatever
 * happened to an address (new registration, already registered), the answer is the same: "check
 * your inbox", so the form never tells who is registered.
 */
export const registerAction = withDatabaseOutageGuard(register, (_previous, formData) => ({
  ok: false,
  message: "databaseUnavailable",
  ...refill(formDataToRegistration(formData)),
}));

async function register(_previous: RegistrationState, formData: FormData): Promise<RegistrationState> {
  if (!isFormData(formData)) return { ok: false };
  const raw = formDataToRegistration(formData);
  const requested = String(raw.locale ?? "");
  const locale = (routing.locales as readonly string[]).includes(requested) ? requested : routing.defaultLocale;
  const eventSlug = String(raw.eventSlug ?? "").slice(0, 200);
  const keep = refill(raw);

  const allowed = await allowRegistrationPost(await headers(), raw.email);
  if (!allowed.ok) {
    return { ok: false, message: "rateLimited", retryAfterMinutes: Math.ceil(allowed.retryAfterSeconds / 60), ...keep };
  }

  const result = await submitRegistration(getDb(), raw, { eventSlug, locale });
  switch (result.kind) {
    case "invalid":
      return { ok: false, errors: result.errors, clash: result.clash, ...keep };
    case "unavailable":
      return { ok: false, message: result.reason, ...keep };
    case "notFound":
      return { ok: false, message: "closedByOrganisers", ...keep };
    case "tooManyHolds":
      return { ok: false, message: "tooManyHolds", ...keep };
    case "registered":
      if (Object.keys(result.seats).length > 0) refreshSeatCounts(eventSlug);
      break;
    case "alreadyRegistered":
    case "resubmitted":
      break;
  }
  kickEmailWorker();
  redirect(`/${locale}/events/${encodeURIComponent(eventSlug)}/register/sent`);
}

/** What the delegate typed, so a page rendered without JavaScript shows it again. */
function refill(raw: Record<string, unknown>): Pick<RegistrationState, "values" | "sessionIds"> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string" && key !== "sessionIds") values[key] = value.slice(0, 1000);
  }
  const ids = Array.isArray(raw.sessionIds) ? raw.sessionIds.map(String).slice(0, 100) : [];
  return { values, sessionIds: ids };
}
