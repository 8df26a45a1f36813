import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { mayOpenDialogue } from "@/lib/auth/dialogue-scope";
import { requirePageUser } from "@/lib/auth/guard";
import { canManageEvents } from "@/lib/auth/roles";
import { getDb } from "@/lib/database";
import { pageLocale } from "@/lib/i18n/page-locale";
import { previewProgramme } from "@/lib/programme/programme";

/**
 * How an organiser's preview of a draft's public page starts: signed in with a role that manages
 * dialogues and allowed this one (else sign-in, or 403), the draft read fresh (never from the public cache), else 404.
 * A published or archived dialogue needs no preview: its public page is the page.
 */
export async function draftPreview(params: Promise<{ locale: string; slug: string }>, path: "" | "/schedule") {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const user = await requirePageUser(locale, canManageEvents, `/${locale}/preview/${slug}${path}`);
  const programme = await previewProgramme(slug);
  if (!programme) notFound();
  // An organiser limited to other dialogues previews none of this one's.
  if (!(await mayOpenDialogue(getDb(), user, programme.event.id))) forbidden();
  if (programme.event.status !== "draft") redirect(`/${locale}/events/${slug}${path}`);
  return { locale, programme };
}
