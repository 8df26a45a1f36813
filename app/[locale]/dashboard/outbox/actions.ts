"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { organiserAction } from "@/lib/actions";
import { retryEmail } from "@/lib/admin/outbox";
import { canAdminister } from "@/lib/auth/roles";
import { getDb } from "@/lib/database";
import { kickEmailWorker } from "@/lib/email/worker";

const retrySchema = z.object({ id: z.coerce.number().int().positive() });

export const retryEmailAction = organiserAction(canAdminister, retrySchema, async ({ id }, { user }) => {
  if (!(await retryEmail(getDb(), user, id))) return { ok: false, message: "notFailed" };
  kickEmailWorker();
  revalidatePath("/[locale]/dashboard/outbox", "page");
  return { ok: true, message: "retried" };
});
