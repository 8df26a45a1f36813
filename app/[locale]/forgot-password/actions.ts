"use server";

import { getDb } from "@/db/client";
import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { validatedAction } from "@/lib/actions";
import { config } from "@/lib/config";
import { kickEmailWorker } from "@/lib/email/worker";
import { forgotPasswordSchema } from "@/lib/validation/accounts";

/** Always the same answer, whether or not an account uses the address. */
export const forgotPasswordAction = validatedAction(forgotPasswordSchema, async ({ email }) => {
  await requestPasswordReset(getDb(), email, config().appUrl);
  kickEmailWorker();
  return { ok: true };
});
