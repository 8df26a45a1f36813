"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { validatedAction } from "@/lib/actions";
import { createFirstAdmin } from "@/lib/auth/create-admin";
import { hashPassword } from "@/lib/auth/password";
import { routing } from "@/lib/i18n/routing";
import { setupSchema } from "@/lib/validation/auth";

export const setupAction = validatedAction(setupSchema, async (data, formData) => {
  const requested = String(formData.get("locale"));
  const locale = (routing.locales as readonly string[]).includes(requested) ? requested : "en";
  const created = await createFirstAdmin(getDb(), {
    token: data.token,
    name: data.name,
    email: data.email,
    passwordHash: await hashPassword(data.password),
    locale,
  });
  if (!created) return { ok: false, message: "invalidLink" };
  redirect(`/${locale}/sign-in?created=1`);
});
