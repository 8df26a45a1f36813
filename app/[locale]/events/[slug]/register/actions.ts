"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { type ActionState, publicAction } from "@/lib/actions";
import { refreshSeatCounts } from "@/lib/cache";
import { getDb } from "@/lib/database";
import { kickEmailWorker } from "@/lib/email/worker";
import { allowRegistrationPost } from "@/lib/registration/limits";
import { submitRegistration } from "@/lib/registration/register";
import { formDataToRegistration } from "@/lib/validation/registration";

/**
 * Only the envelope is parsed here: the registration itself is parsed by lib/registration against
 * the event's own questions and sessions (which need the database), in the same transaction.
 */
const envelope = z.looseObject({ eventSlug: z.unknown().transform((slug) => String(slug ?? "").slice(0, 200)) });

/**
 * The registration form's action (also reached by a plain form post without JavaScript). Whatever
 * happened to an address (new registration, already registered), the answer is the same: "check
 * your inbox", so the form never tells who is registered.
 */
export const registerAction = publicAction(
  envelope,
  async (registration, { locale, formData }) => {
    const { eventSlug } = registration;
    const result = await submitRegistration(getDb(), registration, { eventSlug, locale });
    const keep = refill(formData);
    switch (result.kind) {
      case "invalid":
        return { ok: false, errors: result.errors, clash: result.clash, ...keep };
      case "unavailable":
        return { ok: false, message: result.reason, ...keep };
      case "notFound":
        return { ok: false, message: "closedByOrganisers", ...keep };
      case "tooManyHolds":
        return { ok: false, message: "tooManyHolds", ...keep };
      case "invitationRequired":
      case "invitationUsed":
        return { ok: false, message: result.kind, ...keep };
      case "registered":
      case "waitlisted":
        // Seats left, and whether the dialogue is full, show on its cached public pages.
        refreshSeatCounts(eventSlug);
        break;
      case "alreadyRegistered":
      case "resubmitted":
        break;
    }
    kickEmailWorker();
    redirect(`/${locale}/events/${encodeURIComponent(eventSlug)}/register/sent`);
  },
  {
    input: formDataToRegistration,
    refill,
    limit: (requestHeaders, registration) => allowRegistrationPost(requestHeaders, registration.email),
    inlineOutage: true,
  },
);

/** What the delegate typed, so a page rendered without JavaScript shows it again. */
function refill(formData: FormData): Pick<ActionState, "values" | "sessionIds"> {
  const raw = formDataToRegistration(formData);
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string" && key !== "sessionIds") values[key] = value.slice(0, 1000);
  }
  const ids = Array.isArray(raw.sessionIds) ? raw.sessionIds.map(String).slice(0, 100) : [];
  return { values, sessionIds: ids };
}
