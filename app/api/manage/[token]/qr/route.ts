import { signCheckInCode } from "@/lib/checkin/signing";
import { getDb } from "@/lib/database";
import { findRegistrationByToken } from "@/lib/registration/manage";
import { qrPng } from "@/lib/registration/qr";

export const dynamic = "force-dynamic";

/** The check-in QR code as a PNG, for a confirmed registration (opened by its secret link). */
export async function GET(_request: Request, { params }: RouteContext<"/api/manage/[token]/qr">) {
  const { token } = await params;
  const registration = await findRegistrationByToken(getDb(), token);
  if (registration?.status !== "confirmed") return new Response("Not found", { status: 404 });
  // Signed as it is drawn: a delegate whose email had the old-style code gets a signed one here.
  const png = await qrPng(await signCheckInCode(registration.eventId, registration.id), 480);
  return new Response(new Uint8Array(png), {
    headers: {
      "Content-Type": "image/png",
      "Content-Disposition": `inline; filename="dialogos-check-in.png"`,
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}
