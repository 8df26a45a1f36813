"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { acceptInvitation } from "@/lib/accounts/invitations";
import { validatedAction } from "@/lib/actions";
import { hashPassword } from "@/lib/auth/password";
import { routing } from "@/lib/i18n/routing";
import { acceptInvitationSchema } from "@/lib/validation/accounts";

export const acceptInvitationAction = validatedAction(acceptInvitationSchema, async (data, formData) => {
  const requested = String(formData.get("locale"));
  const locale = (routing.locales as readonly string[]).includes(requested) ? requested : "en";
  const passwordHash = await hashPassword(data.password);
  const accepted = await acceptInvitation(getDb(), { token: data.token, name: data.name, passwordHash });
  if (!accepted) return { ok: false, message: "invalidLink" };
  redirect(`/${locale}/sign-in?created=1`);
});
