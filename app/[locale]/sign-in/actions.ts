"use server";

import { AuthError } from "next-auth";
import { publicAction } from "@/lib/actions";
import { SignInRateLimited, signIn } from "@/lib/auth";
import { safeCallbackPath } from "@/lib/auth/callback";
import { signInSchema } from "@/lib/validation/auth";

export const signInAction = publicAction(signInSchema, async ({ email, password }, { formData, locale }) => {
  const redirectTo = safeCallbackPath(formData.get("callbackUrl"), `/${locale}/dashboard`);
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    // One answer for unknown address, wrong password and disabled account.
    if (error instanceof SignInRateLimited) {
      return { ok: false, message: "rateLimited", retryAfterMinutes: Math.ceil(error.retryAfterSeconds / 60), values: { email } };
    }
    if (error instanceof AuthError) {
      return { ok: false, message: error.type === "CredentialsSignin" ? "invalid" : "failed", values: { email } };
    }
    throw error; // the redirect after a successful sign-in
  }
  return { ok: true };
});
