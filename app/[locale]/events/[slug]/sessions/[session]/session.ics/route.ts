import { calendarHeaders } from "@/lib/calendar";
import { sessionsCalendar } from "@/lib/programme/calendar";
import { exportProgramme } from "@/lib/programme/export-route";

/** One session as an iCalendar file. */
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/events/[slug]/sessions/[session]/session.ics">) {
  const found = await exportProgramme(params);
  if (found instanceof Response) return found;
  const { session: sessionSlug } = await params;
  const session = found.programme.sessions.find((s) => s.slug === sessionSlug);
  if (!session) return new Response("Not found", { status: 404 });
  const body = sessionsCalendar(found.programme.event, [session], found.locale);
  return new Response(body, { headers: calendarHeaders(`${session.slug}.ics`) });
}
