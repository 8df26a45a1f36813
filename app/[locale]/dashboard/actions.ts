"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions";
import { signOut } from "@/lib/auth";

/** Anyone may sign out (a signed-out post just lands on the sign-in page). */
export const signOutAction = publicAction(z.object({}), async (_data, { locale }) => {
  await signOut({ redirectTo: `/${locale}/sign-in` });
  return { ok: true };
});
