"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { allowAccountLinkPost, resetPasswordFromLink } from "@/lib/accounts/link-forms";
import { validatedAction } from "@/lib/actions";
import { getDb } from "@/lib/database";
import { routing } from "@/lib/i18n/routing";
import { resetPasswordSchema } from "@/lib/validation/accounts";

export const resetPasswordAction = validatedAction(resetPasswordSchema, async (data, formData) => {
  const requested = String(formData.get("locale"));
  const locale = (routing.locales as readonly string[]).includes(requested) ? requested : "en";
  const allowed = await allowAccountLinkPost(await headers());
  if (!allowed.ok) return { ok: false, message: "rateLimited", retryAfterMinutes: Math.ceil(allowed.retryAfterSeconds / 60) };
  const done = await resetPasswordFromLink(getDb(), { token: data.token, password: data.password });
  if (!done) return { ok: false, message: "invalidLink" };
  redirect(`/${locale}/sign-in?reset=1`);
});
