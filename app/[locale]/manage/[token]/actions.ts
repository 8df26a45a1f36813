"use server";

import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { z } from "zod";
import { events } from "@/db/schema";
import { isFormData } from "@/lib/actions";
import { refreshSeatCounts } from "@/lib/cache";
import { getDb } from "@/lib/database";
import { kickEmailWorker } from "@/lib/email/worker";
import { routing } from "@/lib/i18n/routing";
import { cancelRegistration } from "@/lib/registration/decisions";
import type { RegistrationState } from "@/lib/registration/form-state";
import { confirmRegistrationAddress } from "@/lib/registration/holds";
import { eraseRegistration, findRegistrationByToken } from "@/lib/registration/manage";
import { changeSignups } from "@/lib/registration/signups";
import { MAX_DATABASE_ID } from "@/lib/validation/text";

const base = z.object({
  token: z.string().min(20).max(200),
  locale: z.enum(routing.locales).catch(routing.defaultLocale),
});
const sessionsInput = base.extend({
  sessionIds: z.array(z.coerce.number().int().positive().max(MAX_DATABASE_ID)).max(30, { error: "tooManySessions" }),
});
const confirmedInput = base.extend({ confirm: z.literal("on", { error: "confirmRequired" }) });

/** Seats changed: the public schedule's seat counts follow. */
async function refreshSeatsOf(eventId: number) {
  const [event] = await getDb().select({ slug: events.slug }).from(events).where(eq(events.id, eventId));
  if (event) refreshSeatCounts(event.slug);
}

/** Back to the delegate's page; a "token" that cannot be one (any text, any length) goes to the lost-link page instead of into a URL. */
function manageHome(locale: string, token: string, query = "") {
  if (!/^[\w-]{1,200}$/.test(token)) return `/${locale}/manage`;
  return `/${locale}/manage/${encodeURIComponent(token)}${query}`;
}

/** The delegate changes their sessions through their link: the same rules as registering. */
export async function changeSessionsAction(_previous: RegistrationState, formData: FormData): Promise<RegistrationState> {
  if (!isFormData(formData)) return { ok: false };
  const parsed = sessionsInput.safeParse({
    token: formData.get("token"),
    locale: formData.get("locale"),
    sessionIds: formData.getAll("sessionIds"),
  });
  const sessionIds = formData.getAll("sessionIds").map(String);
  if (!parsed.success) return { ok: false, errors: { sessionIds: ["sessions"] }, sessionIds };
  const registration = await findRegistrationByToken(getDb(), parsed.data.token);
  if (!registration) return { ok: false, message: "invalidLink", sessionIds };
  const result = await changeSignups(getDb(), {
    registrationId: registration.id,
    sessionIds: parsed.data.sessionIds,
    locale: parsed.data.locale,
  });
  if (result.kind === "invalid") return { ok: false, errors: result.errors, clash: result.clash, sessionIds };
  if (result.kind === "unavailable") return { ok: false, message: "changesClosed", sessionIds };
  if (result.kind === "notFound") return { ok: false, message: "invalidLink", sessionIds };
  await refreshSeatsOf(registration.eventId);
  kickEmailWorker();
  redirect(manageHome(parsed.data.locale, parsed.data.token, "?done=saved"));
}

/**
 * The delegate confirms their address: a POST from the page their emailed link opens (a GET never
 * confirms, since mail scanners open links). Their held seats become theirs.
 */
export async function confirmAddressAction(_state: unknown, formData: FormData): Promise<void> {
  if (!isFormData(formData)) return;
  const parsed = base.safeParse(Object.fromEntries(formData));
  const token = String(formData.get("token") ?? "");
  const locale = base.shape.locale.parse(formData.get("locale"));
  if (!parsed.success) redirect(manageHome(locale, token));
  const registration = await findRegistrationByToken(getDb(), parsed.data.token);
  if (!registration) redirect(manageHome(locale, token));
  const result = await confirmRegistrationAddress(getDb(), { registrationId: registration.id });
  if (result.kind === "expired") {
    await refreshSeatsOf(result.eventId);
    redirect(manageHome(locale, token, "?error=expired"));
  }
  if (result.kind === "confirmed" || result.kind === "pending") kickEmailWorker();
  const done = result.kind === "pending" ? "addressPending" : result.kind === "confirmed" ? "addressConfirmed" : "";
  redirect(manageHome(locale, token, done ? `?done=${done}` : ""));
}

/** Cancels the whole registration (the box must be ticked: a second, deliberate step). */
export async function cancelRegistrationAction(_state: unknown, formData: FormData): Promise<void> {
  if (!isFormData(formData)) return;
  const parsed = confirmedInput.safeParse(Object.fromEntries(formData));
  const token = String(formData.get("token") ?? "");
  const locale = base.shape.locale.parse(formData.get("locale"));
  if (!parsed.success) redirect(manageHome(locale, token, "?error=confirmCancel#cancel"));
  const registration = await findRegistrationByToken(getDb(), parsed.data.token);
  if (registration) {
    await cancelRegistration(getDb(), { registrationId: registration.id });
    await refreshSeatsOf(registration.eventId);
    kickEmailWorker();
  }
  redirect(manageHome(locale, token, "?done=cancelled"));
}

/** Erases the delegate's personal data; the link stops working, so we leave for the lost-link page. */
export async function eraseRegistrationAction(_state: unknown, formData: FormData): Promise<void> {
  if (!isFormData(formData)) return;
  const parsed = confirmedInput.safeParse(Object.fromEntries(formData));
  const token = String(formData.get("token") ?? "");
  const locale = base.shape.locale.parse(formData.get("locale"));
  if (!parsed.success) redirect(manageHome(locale, token, "?error=confirmErase#erase"));
  const registration = await findRegistrationByToken(getDb(), parsed.data.token);
  if (registration) await eraseRegistration(getDb(), { registrationId: registration.id });
  redirect(`/${locale}/manage?erased=1`);
}
