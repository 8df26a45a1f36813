"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { type ActionState, DEAD_LINK, type FormContext, tokenAction } from "@/lib/actions";
import { refreshSeatCounts } from "@/lib/cache";
import { getDb } from "@/lib/database";
import { kickEmailWorker } from "@/lib/email/worker";
import { changeAttendance } from "@/lib/hybrid/attendance-change";
import { ATTENDANCE_MODES } from "@/lib/hybrid/modes";
import { cancelRegistration } from "@/lib/registration/decisions";
import { confirmRegistrationAddress } from "@/lib/registration/holds";
import { eraseRegistration, eventSlugOf } from "@/lib/registration/manage";
import { changeSignups } from "@/lib/registration/signups";
import { MAX_DATABASE_ID } from "@/lib/validation/text";
import { withdrawVisaRequest } from "@/lib/visa/withdraw";

const sessionId = z.coerce
  .number({ error: "sessions" })
  .int({ error: "sessions" })
  .positive({ error: "sessions" })
  .max(MAX_DATABASE_ID, { error: "sessions" });
const sessionsInput = z.object({ sessionIds: z.array(sessionId).max(30, { error: "sessions" }) });
const confirmedInput = z.object({ confirm: z.literal("on", { error: "confirmRequired" }) });

/** Seats changed: the public schedule's seat counts follow. */
async function refreshSeatsOf(eventId: number) {
  const slug = await eventSlugOf(getDb(), eventId);
  if (slug) refreshSeatCounts(slug);
}

/** Back to the delegate's page; a "token" that cannot be one (any text, any length) goes to the lost-link page instead of into a URL. */
function manageHome({ locale, formData }: FormContext, query = "") {
  const token = String(formData.get("token") ?? "");
  if (!/^[\w-]{1,200}$/.test(token)) return `/${locale}/manage`;
  return `/${locale}/manage/${encodeURIComponent(token)}${query}`;
}

/** The buttons below answer with a redirect (PostForm): a refused post goes where `to` says. */
function redirectRefused(to: (state: ActionState, form: FormContext) => string) {
  return async (state: ActionState, form: FormContext): Promise<never> => redirect(to(state, form));
}

/** The delegate changes their sessions through their link: the same rules as registering. */
export const changeSessionsAction = tokenAction(
  "registration",
  sessionsInput,
  async (data, { holder: registration, locale, formData }) => {
    const sessionIds = formData.getAll("sessionIds").map(String);
    const result = await changeSignups(getDb(), { registrationId: registration.id, sessionIds: data.sessionIds, locale });
    if (result.kind === "invalid") return { ok: false, errors: result.errors, clash: result.clash, sessionIds };
    if (result.kind === "unavailable") return { ok: false, message: "changesClosed", sessionIds };
    if (result.kind === "notFound") return { ok: false, message: DEAD_LINK, sessionIds };
    await refreshSeatsOf(registration.eventId);
    kickEmailWorker();
    redirect(manageHome({ locale, formData }, "?done=saved"));
  },
  {
    input: (formData) => ({ sessionIds: formData.getAll("sessionIds") }),
    refill: (formData) => ({ sessionIds: formData.getAll("sessionIds").map(String) }),
    // A dead link too keeps the ticks (the page says the link no longer works).
    onRefused: async (state, { formData }) => ({ ...state, sessionIds: formData.getAll("sessionIds").map(String) }),
  },
);

/**
 * The delegate confirms their address: a POST from the page their emailed link opens (a GET never
 * confirms, since mail scanners open links). Their held seats become theirs.
 */
export const confirmAddressAction = tokenAction(
  "registration",
  z.object({}),
  async (_data, { holder: registration, ...form }) => {
    const result = await confirmRegistrationAddress(getDb(), { registrationId: registration.id });
    if (result.kind === "expired") {
      await refreshSeatsOf(result.eventId);
      redirect(manageHome(form, "?error=expired"));
    }
    if (result.kind === "confirmed" || result.kind === "pending") kickEmailWorker();
    const done = result.kind === "pending" ? "addressPending" : result.kind === "confirmed" ? "addressConfirmed" : "";
    redirect(manageHome(form, done ? `?done=${done}` : ""));
  },
  { onRefused: redirectRefused((_state, form) => manageHome(form)) },
);

/** Cancels the whole registration (the box must be ticked: a second, deliberate step). */
export const cancelRegistrationAction = tokenAction(
  "registration",
  confirmedInput,
  async (_data, { holder: registration, ...form }) => {
    await cancelRegistration(getDb(), { registrationId: registration.id });
    await refreshSeatsOf(registration.eventId);
    kickEmailWorker();
    redirect(manageHome(form, "?done=cancelled"));
  },
  {
    onRefused: redirectRefused((state, form) =>
      manageHome(form, state.message === DEAD_LINK ? "?done=cancelled" : "?error=confirmCancel#cancel"),
    ),
  },
);

/** Erases the delegate's personal data; the link stops working, so we leave for the lost-link page. */
export const eraseRegistrationAction = tokenAction(
  "registration",
  confirmedInput,
  async (_data, { holder: registration, locale }) => {
    await eraseRegistration(getDb(), { registrationId: registration.id });
    redirect(`/${locale}/manage?erased=1`);
  },
  {
    // A second post of the form (the data is already gone) lands where the first did.
    onRefused: redirectRefused((state, form) =>
      state.message === DEAD_LINK ? `/${form.locale}/manage?erased=1` : manageHome(form, "?error=confirmErase#erase"),
    ),
  },
);

/** Withdraws the visa letter request: its passport data is deleted at once (the box must be ticked). */
export const withdrawVisaRequestAction = tokenAction(
  "registration",
  confirmedInput,
  async (_data, { holder: registration, ...form }) => {
    await withdrawVisaRequest(getDb(), registration.id);
    redirect(manageHome(form, "?done=visaWithdrawn"));
  },
  { onRefused: redirectRefused((state, form) => manageHome(form, state.message === DEAD_LINK ? "" : "?error=confirmVisa#visa")) },
);

/** A delegate of a hybrid dialogue switches between in person and remote, where a place is free that way. */
export const changeAttendanceAction = tokenAction(
  "registration",
  z.object({ attendance: z.enum(ATTENDANCE_MODES, { error: "choose" }) }),
  async (data, { holder: registration, ...form }) => {
    const result = await changeAttendance(getDb(), { registrationId: registration.id, attendance: data.attendance });
    if (result.kind === "changed") await refreshSeatsOf(registration.eventId);
    const outcome = result.kind === "unchanged" ? "changed" : result.kind === "notFound" ? "notAllowed" : result.kind;
    redirect(manageHome(form, `?participation=${outcome}#participation`));
  },
  { onRefused: redirectRefused((_state, form) => manageHome(form, "?participation=notAllowed#participation")) },
);
