import { exportProgramme } from "@/lib/programme/export-route";
import { programmeJson } from "@/lib/programme/json";

/** The programme as JSON; shape in lib/programme/json.ts and the README ("Programme JSON"). */
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/events/[slug]/programme.json">) {
  const found = await exportProgramme(params);
  if (found instanceof Response) return found;
  return Response.json(programmeJson(found.programme, found.pageBase), {
    headers: { "Access-Control-Allow-Origin": "*" },
  });
}
