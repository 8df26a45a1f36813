"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { acceptInvitationFromLink, allowAccountLinkPost } from "@/lib/accounts/link-forms";
import { validatedAction } from "@/lib/actions";
import { getDb } from "@/lib/database";
import { routing } from "@/lib/i18n/routing";
import { acceptInvitationSchema } from "@/lib/validation/accounts";

export const acceptInvitationAction = validatedAction(acceptInvitationSchema, async (data, formData) => {
  const requested = String(formData.get("locale"));
  const locale = (routing.locales as readonly string[]).includes(requested) ? requested : "en";
  const allowed = await allowAccountLinkPost(await headers());
  if (!allowed.ok) return { ok: false, message: "rateLimited", retryAfterMinutes: Math.ceil(allowed.retryAfterSeconds / 60) };
  const accepted = await acceptInvitationFromLink(getDb(), { token: data.token, name: data.name, password: data.password });
  if (!accepted) return { ok: false, message: "invalidLink" };
  redirect(`/${locale}/sign-in?created=1`);
});
