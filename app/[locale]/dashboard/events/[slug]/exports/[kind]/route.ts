import { mayOpenDialogue } from "@/lib/auth/dialogue-scope";
import { currentUser } from "@/lib/auth/guard";
import { canManageEvents } from "@/lib/auth/roles";
import { now } from "@/lib/clock";
import { findEvent } from "@/lib/dashboard/event";
import { attendanceTable, type ExportKind, exportKinds, registrationsTable, sessionListsTable } from "@/lib/dashboard/exports";
import { parseRegistrationFilters } from "@/lib/dashboard/registration-filters";
import { toCsv, toXlsx } from "@/lib/dashboard/spreadsheet";
import { getDb } from "@/lib/database";
import { zonedDay } from "@/lib/time";

// Personal data, per request, never cached.
export const dynamic = "force-dynamic";

const types = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** Registrations (with the table's filters), session lists or attendance as CSV or XLSX. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/dashboard/events/[slug]/exports/[kind]">) {
  // A route handler is not protected by any page: it checks the session and role itself.
  const user = await currentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!canManageEvents.includes(user.role)) return new Response("Forbidden.", { status: 403 });
  const { locale, slug, kind } = await params;
  if (!exportKinds.includes(kind as ExportKind)) return new Response("Not found.", { status: 404 });
  const db = getDb();
  const event = await findEvent(db, slug);
  if (!event) return new Response("Not found.", { status: 404 });
  if (!(await mayOpenDialogue(db, user, event.id))) return new Response("Forbidden.", { status: 403 });
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const query = Object.fromEntries(url.searchParams.entries());
  const table =
    kind === "registrations"
      ? await registrationsTable(db, event, locale, parseRegistrationFilters(query))
      : kind === "sessions"
        ? await sessionListsTable(db, event, locale, Number(query.session) || undefined)
        : await attendanceTable(db, event, locale);
  const body = format === "xlsx" ? await toXlsx(table) : toCsv(table);
  const filename = `${event.slug}-${kind}-${zonedDay(now(), event.timeZone)}.${format}`;
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": types[format],
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
