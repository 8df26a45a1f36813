import { mayOpenDialogue } from "@/lib/auth/dialogue-scope";
import { currentUser } from "@/lib/auth/guard";
import { canAdminister } from "@/lib/auth/roles";
import { findEvent } from "@/lib/dashboard/event";
import { getDb } from "@/lib/database";
import { issuedLetterPdf } from "@/lib/visa/issue";

// Passport data, per request, never cached.
export const dynamic = "force-dynamic";

/** An issued visa letter as a PDF, drawn now (never stored), for administrators alone. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/dashboard/events/[slug]/visa/[id]/letter">) {
  // A route handler is not protected by any page: it checks the session and role itself.
  const user = await currentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!canAdminister.includes(user.role)) return new Response("Forbidden.", { status: 403 });
  const { slug, id } = await params;
  const registrationId = Number(id);
  if (!/^\d{1,10}$/.test(id) || !Number.isSafeInteger(registrationId) || registrationId > 2_147_483_647) {
    return new Response("Not found.", { status: 404 });
  }
  const db = getDb();
  const event = await findEvent(db, slug);
  if (!event) return new Response("Not found.", { status: 404 });
  if (!(await mayOpenDialogue(db, user, event.id))) return new Response("Forbidden.", { status: 403 });
  const letter = await issuedLetterPdf(db, user, event, registrationId);
  if (!letter) return new Response("Not found.", { status: 404 });
  return new Response(new Uint8Array(letter.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${letter.filename.replace(/[^\w.-]/g, "_")}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
