import { currentUser } from "@/lib/auth/guard";
import { canManageEvents } from "@/lib/auth/roles";
import { findEvent } from "@/lib/dashboard/event";
import { toCsv, toXlsx } from "@/lib/dashboard/spreadsheet";
import { getDb } from "@/lib/database";
import { importTemplate } from "@/lib/invitations/template";

export const dynamic = "force-dynamic";

const types = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** The invitee list's template (the columns the import reads, one example row), as CSV or XLSX. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/dashboard/events/[slug]/invitations/template">) {
  // A route handler is not protected by any page: it checks the session and role itself.
  const user = await currentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!canManageEvents.includes(user.role)) return new Response("Forbidden.", { status: 403 });
  const { slug } = await params;
  if (!(await findEvent(getDb(), slug))) return new Response("Not found.", { status: 404 });
  const format = new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const table = importTemplate();
  const body = format === "xlsx" ? await toXlsx(table) : toCsv(table);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": types[format],
      "Content-Disposition": `attachment; filename="invitees-template.${format}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
