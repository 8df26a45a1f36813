import { getDb } from "@/lib/database";
import { exportRegistrationData, findRegistrationByToken } from "@/lib/registration/manage";

export const dynamic = "force-dynamic";

/** "Download my data": everything stored about the delegate, as JSON. */
export async function GET(_request: Request, { params }: RouteContext<"/api/manage/[token]/data">) {
  const { token } = await params;
  const registration = await findRegistrationByToken(getDb(), token);
  if (!registration) return new Response("Not found", { status: 404 });
  const data = await exportRegistrationData(getDb(), registration.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="dialogos-my-data.json"`,
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}
