"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/actions";
import { config } from "@/lib/config";

/**
 * Test-only (DIALOGOS_TEST_API=1): a server action that does nothing but answer like the
 * registration action does (a redirect, through the same wrapper), so the registration rush
 * benchmark can set the cost of the real action beside the framework's own per-action cost.
 */
export const noopAction = publicAction(z.object({}), async (_data, { locale }) => {
  if (!config().testApi) return { ok: false };
  redirect(`/${locale}/test/noop-action`);
});
