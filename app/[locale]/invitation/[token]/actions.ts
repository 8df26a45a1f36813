"use server";

import { redirect } from "next/navigation";
import { acceptInvitationFromLink, allowAccountLinkPost } from "@/lib/accounts/link-forms";
import { DEAD_LINK, tokenAction } from "@/lib/actions";
import { getDb } from "@/lib/database";
import { acceptInvitationSchema } from "@/lib/validation/accounts";

export const acceptInvitationAction = tokenAction(
  "invitation",
  acceptInvitationSchema,
  async (data, { locale }) => {
    const accepted = await acceptInvitationFromLink(getDb(), { token: data.token, name: data.name, password: data.password });
    if (!accepted) return { ok: false, message: DEAD_LINK };
    redirect(`/${locale}/sign-in?created=1`);
  },
  { limit: allowAccountLinkPost },
);
