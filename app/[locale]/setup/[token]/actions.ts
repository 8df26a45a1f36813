"use server";

import { redirect } from "next/navigation";
import { allowAccountLinkPost, createFirstAdminFromLink } from "@/lib/accounts/link-forms";
import { DEAD_LINK, tokenAction } from "@/lib/actions";
import { getDb } from "@/lib/database";
import { setupSchema } from "@/lib/validation/auth";

export const setupAction = tokenAction(
  "setup",
  setupSchema,
  async (data, { locale }) => {
    const created = await createFirstAdminFromLink(getDb(), {
      token: data.token,
      name: data.name,
      email: data.email,
      password: data.password,
      locale,
    });
    if (!created) return { ok: false, message: DEAD_LINK };
    redirect(`/${locale}/sign-in?created=1`);
  },
  { limit: allowAccountLinkPost },
);
