import { delegateCertificate } from "@/lib/certificates/certificates";
import { certificateResponse } from "@/lib/certificates/response";
import { getDb } from "@/lib/database";

export const dynamic = "force-dynamic";

/**
 * "Download my certificate": the delegate's certificate of attendance as a PDF, opened by their
 * secret link (the manage page's token check). Before the dialogue ends, or for a registration
 * never checked in, a short message in the delegate's language says why there is none.
 */
export async function GET(_request: Request, { params }: RouteContext<"/api/manage/[token]/certificate">) {
  const { token } = await params;
  const found = await delegateCertificate(getDb(), token);
  if (!found?.result) return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  return certificateResponse(found.result, found.locale);
}
