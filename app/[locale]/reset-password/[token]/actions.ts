"use server";

import { redirect } from "next/navigation";
import { allowAccountLinkPost, resetPasswordFromLink } from "@/lib/accounts/link-forms";
import { DEAD_LINK, tokenAction } from "@/lib/actions";
import { getDb } from "@/lib/database";
import { resetPasswordSchema } from "@/lib/validation/accounts";

export const resetPasswordAction = tokenAction(
  "passwordReset",
  resetPasswordSchema,
  async (data, { locale }) => {
    const done = await resetPasswordFromLink(getDb(), { token: data.token, password: data.password });
    if (!done) return { ok: false, message: DEAD_LINK };
    redirect(`/${locale}/sign-in?reset=1`);
  },
  { limit: allowAccountLinkPost },
);
