"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { type ActionState, type FormContext, tokenAction } from "@/lib/actions";
import { refreshSeatCounts } from "@/lib/cache";
import { getDb } from "@/lib/database";
import { allowDelegationLinkUse, focalDelegation } from "@/lib/delegations/focal-link";
import { importMembers } from "@/lib/delegations/member-import";
import { registerMember, replaceMember, setHeadOfDelegation, withdrawMember } from "@/lib/delegations/members";
import { kickEmailWorker } from "@/lib/email/worker";
import type { RegisterResult } from "@/lib/registration/register";
import { formDataToRegistration } from "@/lib/validation/registration";
import { MAX_DATABASE_ID } from "@/lib/validation/text";

/**
 * The focal point's actions, opened by the delegation's secret link (the form posts it as `token`).
 * Registrations are parsed by lib/registration against the dialogue's questions and sessions, as
 * the public form's are; the other forms by their schema here.
 */
const limit = (requestHeaders: Headers) => allowDelegationLinkUse(requestHeaders);
const memberId = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" }).max(MAX_DATABASE_ID);
const registrationEnvelope = z.looseObject({});
const replaceEnvelope = z.looseObject({ replaces: memberId });
const headInput = z.object({ memberId });
const withdrawInput = z.object({ memberId, confirm: z.literal("on", { error: "confirmRequired" }) });
const importInput = z.object({
  file: z.instanceof(File, { error: "fileRequired" }),
  consent: z.literal("on", { error: "consentRequired" }),
});

/** Back to the delegation's page; a "token" that cannot be one goes to the home page instead of into a URL. */
function delegationHome({ locale, formData }: FormContext, query: string): string {
  const token = String(formData.get("token") ?? "");
  if (!/^[\w-]{1,200}$/.test(token)) return `/${locale}`;
  return `/${locale}/delegations/${encodeURIComponent(token)}?${query}`;
}

/** What the focal point typed, so a page rendered without JavaScript shows it again. */
function refill(formData: FormData): Pick<ActionState, "values" | "sessionIds"> {
  const raw = formDataToRegistration(formData);
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string" && key !== "sessionIds" && key !== "token") values[key] = value.slice(0, 1000);
  }
  return { values, sessionIds: Array.isArray(raw.sessionIds) ? raw.sessionIds.map(String).slice(0, 100) : [] };
}

/** A registration's outcome as the form's answer; a new member sends the focal point back to the list. */
function answer(result: RegisterResult | { kind: "notMember" }, form: FormContext, slug: string): ActionState {
  const keep = refill(form.formData);
  switch (result.kind) {
    case "registered":
    case "waitlisted":
      refreshSeatCounts(slug);
      kickEmailWorker();
      return redirect(delegationHome(form, "done=registered#members"));
    case "invalid":
      return { ok: false, errors: result.errors, clash: result.clash, ...keep };
    case "unavailable":
      return { ok: false, message: result.reason, ...keep };
    case "alreadyRegistered":
    case "resubmitted":
      kickEmailWorker(); // the address's owner gets their own link again
      return { ok: false, message: "memberAlreadyRegistered", ...keep };
    case "notFound":
      return { ok: false, message: "closedByOrganisers", ...keep };
    default:
      return { ok: false, message: result.kind, ...keep };
  }
}

const registrationOptions = { input: formDataToRegistration, refill, limit, inlineOutage: true };

/** "Register a member": the public form, its questions and session rules, and one place of the quota. */
export const registerMemberAction = tokenAction(
  "delegation",
  registrationEnvelope,
  async (_envelope, form) => {
    const delegation = focalDelegation(form.holder);
    const result = await registerMember(getDb(), delegation, formDataToRegistration(form.formData), form.locale);
    return answer(result, form, delegation.eventSlug);
  },
  registrationOptions,
);

/** Replaces a member: the withdrawal and the newcomer's registration in one transaction. */
export const replaceMemberAction = tokenAction(
  "delegation",
  replaceEnvelope,
  async ({ replaces }, form) => {
    const delegation = focalDelegation(form.holder);
    const result = await replaceMember(getDb(), delegation, replaces, formDataToRegistration(form.formData), form.locale);
    return answer(result, form, delegation.eventSlug);
  },
  registrationOptions,
);

/** Marks the head of delegation (the previous head, if any, is no longer). */
export const setHeadAction = tokenAction(
  "delegation",
  headInput,
  async (data, form) => {
    const ok = await setHeadOfDelegation(getDb(), form.holder.delegation.id, data.memberId);
    redirect(delegationHome(form, ok ? "done=head#members" : "error=notMember#members"));
  },
  { limit, onRefused: async (state, form) => redirect(delegationHome(form, `error=${state.message ?? "invalid"}#members`)) },
);

/** Withdraws a member before the deadline (the box must be ticked): the place goes back to the delegation. */
export const withdrawMemberAction = tokenAction(
  "delegation",
  withdrawInput,
  async (data, form) => {
    const delegation = focalDelegation(form.holder);
    const result = await withdrawMember(getDb(), delegation, data.memberId);
    if (!result.ok) redirect(delegationHome(form, `error=${result.reason}#members`));
    refreshSeatCounts(delegation.eventSlug);
    kickEmailWorker();
    redirect(delegationHome(form, "done=withdrawn#members"));
  },
  {
    limit,
    onRefused: async (state, form) =>
      redirect(delegationHome(form, `error=${state.errors?.confirm ? "confirmRequired" : (state.message ?? "invalid")}#members`)),
  },
);

/** Imports members from a CSV or XLSX file: all of them, or none with every bad row named. */
export const importMembersAction = tokenAction(
  "delegation",
  importInput,
  async ({ file }, form) => {
    const delegation = focalDelegation(form.holder);
    const result = await importMembers(getDb(), delegation, file, form.locale);
    if (!result.ok) return { ok: false, message: "importRefused", rowErrors: result.errors };
    refreshSeatCounts(delegation.eventSlug);
    kickEmailWorker();
    redirect(delegationHome(form, `done=imported&count=${result.count}#members`));
  },
  { limit },
);
