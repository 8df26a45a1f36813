import { calendarHeaders } from "@/lib/calendar";
import { sessionsCalendar } from "@/lib/programme/calendar";
import { exportProgramme } from "@/lib/programme/export-route";

/** The whole programme as an iCalendar file; cached like the pages, revalidated with them. */
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/events/[slug]/programme.ics">) {
  const found = await exportProgramme(params);
  if (found instanceof Response) return found;
  const body = sessionsCalendar(found.programme.event, found.programme.sessions, found.locale);
  return new Response(body, { headers: calendarHeaders(`${found.programme.event.slug}.ics`) });
}
