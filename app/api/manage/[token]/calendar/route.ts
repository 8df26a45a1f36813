import { calendarHeaders } from "@/lib/calendar";
import { getDb } from "@/lib/database";
import { parseLocale } from "@/lib/i18n/locale";
import { findRegistrationByToken } from "@/lib/registration/manage";
import { registrationCalendar } from "@/lib/registration/registration-calendar";

export const dynamic = "force-dynamic";

/** The delegate's confirmed sessions as an .ics file, in the language asked for (?locale=es). */
export async function GET(request: Request, { params }: RouteContext<"/api/manage/[token]/calendar">) {
  const { token } = await params;
  const registration = await findRegistrationByToken(getDb(), token);
  if (!registration) return new Response("Not found", { status: 404 });
  const locale = parseLocale(new URL(request.url).searchParams.get("locale"), parseLocale(registration.locale));
  const calendar = await registrationCalendar(getDb(), registration.id, locale);
  if (!calendar) return new Response("Not found", { status: 404 });
  return new Response(calendar.ics, {
    headers: { ...calendarHeaders(calendar.filename), "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" },
  });
}
