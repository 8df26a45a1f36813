"use server";

import { redirect } from "next/navigation";
import { isFormData } from "@/lib/actions";
import { config } from "@/lib/config";

/**
 * Test-only (DIALOGOS_TEST_API=1): a server action that does nothing but answer like the
 * registration action does (a redirect), so the registration rush benchmark can set the cost of the
 * real action beside the framework's own per-action cost on the same server.
 */
export async function noopAction(_previous: { ok: boolean }, formData: FormData): Promise<{ ok: boolean }> {
  if (!config().testApi || !isFormData(formData)) return { ok: false };
  const locale = formData.get("locale") === "es" ? "es" : "en";
  redirect(`/${locale}/test/noop-action`);
}
