import { toCsv, toXlsx } from "@/lib/dashboard/spreadsheet";
import { getDb } from "@/lib/database";
import { delegationOfToken } from "@/lib/delegations/delegations";
import { allowDelegationLinkUse } from "@/lib/delegations/focal-link";
import { memberTemplate } from "@/lib/delegations/member-import";
import { parseLocale } from "@/lib/i18n/locale";
import { activeQuestions } from "@/lib/questions/answers";

export const dynamic = "force-dynamic";

const types = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** The members' import template (the registration form's fields and the dialogue's questions), as CSV or XLSX. */
export async function GET(request: Request, { params }: RouteContext<"/api/delegations/[token]/template">) {
  if (!(await allowDelegationLinkUse(request.headers)).ok) return new Response("Too many requests.", { status: 429 });
  const opened = await delegationOfToken(getDb(), (await params).token);
  if (!opened) return new Response("Not found.", { status: 404 });
  const search = new URL(request.url).searchParams;
  const format = search.get("format") === "xlsx" ? "xlsx" : "csv";
  const table = memberTemplate(await activeQuestions(getDb(), opened.event.id), parseLocale(search.get("locale")));
  const body = format === "xlsx" ? await toXlsx(table) : toCsv(table);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": types[format],
      "Content-Disposition": `attachment; filename="delegation-members-template.${format}"`,
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}
