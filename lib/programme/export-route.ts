import "server-only";
import { getProgramme, type Programme } from "@/db/queries/programme";
import { config } from "@/lib/config";
import { isAppLocale } from "@/lib/i18n/locale";

/**
 * Shared by the export route handlers (.ics, .json): the programme for a locale and slug, or a
 * 404 response. Absolute links use APP_URL so cached files never depend on who asked first.
 */
export async function exportProgramme(
  params: Promise<{ locale: string; slug: string }>,
): Promise<{ programme: Programme; locale: string; pageBase: string } | Response> {
  const { locale, slug } = await params;
  if (!isAppLocale(locale)) return new Response("Not found", { status: 404 });
  const programme = await getProgramme(slug);
  if (!programme) return new Response("Not found", { status: 404 });
  return { programme, locale, pageBase: `${config().appUrl}/${locale}` };
}
