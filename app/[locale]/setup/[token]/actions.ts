"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { allowAccountLinkPost, createFirstAdminFromLink } from "@/lib/accounts/link-forms";
import { validatedAction } from "@/lib/actions";
import { getDb } from "@/lib/database";
import { routing } from "@/lib/i18n/routing";
import { setupSchema } from "@/lib/validation/auth";

export const setupAction = validatedAction(setupSchema, async (data, formData) => {
  const requested = String(formData.get("locale"));
  const locale = (routing.locales as readonly string[]).includes(requested) ? requested : "en";
  const allowed = await allowAccountLinkPost(await headers());
  if (!allowed.ok) return { ok: false, message: "rateLimited", retryAfterMinutes: Math.ceil(allowed.retryAfterSeconds / 60) };
  const created = await createFirstAdminFromLink(getDb(), {
    token: data.token,
    name: data.name,
    email: data.email,
    password: data.password,
    locale,
  });
  if (!created) return { ok: false, message: "invalidLink" };
  redirect(`/${locale}/sign-in?created=1`);
});
