"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { publicAction } from "@/lib/actions";
import { getDb } from "@/lib/database";
import { kickEmailWorker } from "@/lib/email/worker";
import { allowManageLinkRequest } from "@/lib/registration/limits";
import { requestManageLink } from "@/lib/registration/manage";

const input = z.object({ email: z.string().trim().max(254).pipe(z.email()) });

/** "Send me my link": the same answer, equally fast, whether or not the address is registered. */
export const requestLinkAction = publicAction(
  input,
  async ({ email }, { locale }) => {
    // After the response: registered or not, the answer comes back equally fast.
    after(async () => {
      await requestManageLink(getDb(), { email });
      kickEmailWorker();
    });
    redirect(`/${locale}/manage?sent=1`);
  },
  {
    limit: (requestHeaders, { email }) => allowManageLinkRequest(requestHeaders, email),
    // The page answers by its address (a PostForm), so does a refusal.
    onRefused: async (state, { locale }) =>
      redirect(`/${locale}/manage?error=${state.message === "rateLimited" ? "rateLimited" : "email"}`),
  },
);
