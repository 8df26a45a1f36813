import { programmeCalendarResponse } from "@/lib/programme/export";

/** The whole programme as an iCalendar file; cached like the pages, revalidated with them. */
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/events/[slug]/programme.ics">) {
  return programmeCalendarResponse(params, (programme) => ({ sessions: programme.sessions, filename: `${programme.event.slug}.ics` }));
}
