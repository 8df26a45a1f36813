"use server";

import { config } from "@/lib/config";

/**
 * Test-only (DIALOGOS_TEST_API=1): a server action that does nothing, so the registration rush
 * benchmark can set the cost of the real action beside the framework's own per-action cost.
 */
export async function noopAction(_previous: { ok: boolean; count: number }, formData: FormData) {
  if (!config().testApi) return { ok: false, count: 0 };
  return { ok: true, count: [...formData.keys()].length };
}
