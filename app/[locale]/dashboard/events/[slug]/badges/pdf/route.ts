import { mayOpenDialogue } from "@/lib/auth/dialogue-scope";
import { currentUser } from "@/lib/auth/guard";
import { canManageEvents } from "@/lib/auth/roles";
import { badgeQuerySchema } from "@/lib/badges/badge-schema";
import { badgeDocument } from "@/lib/badges/document";
import { now } from "@/lib/clock";
import { findEvent } from "@/lib/dashboard/event";
import { getDb } from "@/lib/database";
import { parseLocale } from "@/lib/i18n/locale";
import { zonedDay } from "@/lib/time";

// Personal data and check-in codes, per request, never cached.
export const dynamic = "force-dynamic";

/**
 * The badges of a batch as a PDF: `?scope=all|delegation|group|registration` (with `delegation`,
 * `group` or `registration`), `layout=a4|a6`, `language`. Posted by the badges page's form (GET,
 * so it works without JavaScript) and linked from a registration's page.
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/dashboard/events/[slug]/badges/pdf">) {
  // A route handler is not protected by any page: it checks the session and role itself.
  const user = await currentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!canManageEvents.includes(user.role)) return new Response("Forbidden.", { status: 403 });
  const { locale, slug } = await params;
  const db = getDb();
  const event = await findEvent(db, slug);
  if (!event) return new Response("Not found.", { status: 404 });
  if (!(await mayOpenDialogue(db, user, event.id))) return new Response("Forbidden.", { status: 403 });
  const url = new URL(request.url);
  const query = badgeQuerySchema.safeParse({
    language: parseLocale(locale),
    ...Object.fromEntries(url.searchParams.entries()),
  });
  if (!query.success) return new Response("Bad request: choose which badges to print.", { status: 400 });
  const document = await badgeDocument(db, event, query.data);
  // Nobody to print: back to the page, which says so (a download that is an empty PDF would not).
  if (!document) {
    return new Response(null, {
      status: 303,
      headers: { Location: `/${parseLocale(locale)}/dashboard/events/${event.slug}/badges?none=1` },
    });
  }
  const filename = `${event.slug}-badges-${query.data.scope}-${zonedDay(now(), event.timeZone)}.pdf`;
  return new Response(new Uint8Array(document.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
