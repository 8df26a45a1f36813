"use server";

import { after } from "next/server";
import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { publicAction } from "@/lib/actions";
import { config } from "@/lib/config";
import { getDb } from "@/lib/database";
import { kickEmailWorker } from "@/lib/email/worker";
import { forgotPasswordSchema } from "@/lib/validation/accounts";

/**
 * Always the same answer, whether or not an account uses the address, and at the same speed: the
 * lookup and the email run after the response is sent, so timing tells nothing either.
 */
export const forgotPasswordAction = publicAction(forgotPasswordSchema, async ({ email }) => {
  after(async () => {
    await requestPasswordReset(getDb(), email, config().appUrl);
    kickEmailWorker();
  });
  return { ok: true };
});
