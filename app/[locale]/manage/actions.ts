"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { isFormData } from "@/lib/actions";
import { getDb } from "@/lib/database";
import { kickEmailWorker } from "@/lib/email/worker";
import { routing } from "@/lib/i18n/routing";
import { allowManageLinkRequest } from "@/lib/registration/limits";
import { requestManageLink } from "@/lib/registration/manage";

const input = z.object({
  locale: z.enum(routing.locales).catch(routing.defaultLocale),
  email: z.string().trim().max(254).pipe(z.email()),
});

/** "Send me my link": the same answer, equally fast, whether or not the address is registered. */
export async function requestLinkAction(_state: unknown, formData: FormData): Promise<void> {
  if (!isFormData(formData)) return;
  const parsed = input.safeParse(Object.fromEntries(formData));
  const locale = input.shape.locale.parse(formData.get("locale"));
  if (!parsed.success) redirect(`/${locale}/manage?error=email`);
  if (!(await allowManageLinkRequest(await headers(), parsed.data.email)).ok) redirect(`/${locale}/manage?error=rateLimited`);
  // After the response: registered or not, the answer comes back equally fast.
  const { email } = parsed.data;
  after(async () => {
    await requestManageLink(getDb(), { email });
    kickEmailWorker();
  });
  redirect(`/${locale}/manage?sent=1`);
}
