import { programmeCalendarResponse } from "@/lib/programme/export";

/** One session as an iCalendar file. */
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/events/[slug]/sessions/[session]/session.ics">) {
  const { session: sessionSlug } = await params;
  return programmeCalendarResponse(params, (programme) => {
    const session = programme.sessions.find((s) => s.slug === sessionSlug);
    return session ? { sessions: [session], filename: `${session.slug}.ics` } : null;
  });
}
