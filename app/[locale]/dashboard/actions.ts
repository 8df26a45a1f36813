"use server";

import { isFormData } from "@/lib/actions";
import { signOut } from "@/lib/auth";

export async function signOutAction(_state: unknown, formData: FormData) {
  const locale = isFormData(formData) ? String(formData.get("locale") ?? "en").slice(0, 2) : "en";
  await signOut({ redirectTo: `/${/^[a-z]{2}$/.test(locale) ? locale : "en"}/sign-in` });
}
