import "server-only";
import { calendarHeaders } from "@/lib/calendar";
import { config } from "@/lib/config";
import { isAppLocale } from "@/lib/i18n/locale";
import { getProgramme, type Programme } from "@/lib/programme/programme";
import { sessionsCalendar } from "./calendar";

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

/**
 * The .ics route handlers: the sessions `pick` chooses from the programme (null: 404) as an
 * iCalendar file in the route's language.
 */
export async function programmeCalendarResponse(
  params: Promise<{ locale: string; slug: string }>,
  pick: (programme: Programme) => { sessions: Programme["sessions"]; filename: string } | null,
): Promise<Response> {
  const found = await exportProgramme(params);
  if (found instanceof Response) return found;
  const picked = pick(found.programme);
  if (!picked) return new Response("Not found", { status: 404 });
  return new Response(sessionsCalendar(found.programme.event, picked.sessions, found.locale), {
    headers: calendarHeaders(picked.filename),
  });
}
