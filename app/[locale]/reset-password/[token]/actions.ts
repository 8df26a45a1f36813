"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { resetPassword } from "@/lib/accounts/password-reset";
import { validatedAction } from "@/lib/actions";
import { hashPassword } from "@/lib/auth/password";
import { routing } from "@/lib/i18n/routing";
import { resetPasswordSchema } from "@/lib/validation/accounts";

export const resetPasswordAction = validatedAction(resetPasswordSchema, async (data, formData) => {
  const requested = String(formData.get("locale"));
  const locale = (routing.locales as readonly string[]).includes(requested) ? requested : "en";
  const done = await resetPassword(getDb(), { token: data.token, passwordHash: await hashPassword(data.password) });
  if (!done) return { ok: false, message: "invalidLink" };
  redirect(`/${locale}/sign-in?reset=1`);
});
