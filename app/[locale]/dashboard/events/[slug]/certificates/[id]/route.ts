import { mayOpenDialogue } from "@/lib/auth/dialogue-scope";
import { currentUser } from "@/lib/auth/guard";
import { canManageEvents } from "@/lib/auth/roles";
import { registrationCertificate } from "@/lib/certificates/certificates";
import { certificateResponse } from "@/lib/certificates/response";
import { findEvent } from "@/lib/dashboard/event";
import { getDb } from "@/lib/database";
import { parseLocale } from "@/lib/i18n/locale";

// Personal data, per request, never cached.
export const dynamic = "force-dynamic";

/** One delegate's certificate of attendance, for an organiser of the dialogue (from the registration's page). */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/dashboard/events/[slug]/certificates/[id]">) {
  // A route handler is not protected by any page: it checks the session, role and dialogue itself.
  const user = await currentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!canManageEvents.includes(user.role)) return new Response("Forbidden.", { status: 403 });
  const { locale, slug, id } = await params;
  const registrationId = /^[1-9][0-9]{0,9}$/.test(id) ? Number(id) : Number.NaN;
  const db = getDb();
  const event = await findEvent(db, slug);
  if (!event || !Number.isSafeInteger(registrationId) || registrationId > 2_147_483_647) return new Response("Not found.", { status: 404 });
  if (!(await mayOpenDialogue(db, user, event.id))) return new Response("Forbidden.", { status: 403 });
  const result = await registrationCertificate(db, event.id, registrationId);
  if (!result) return new Response("Not found.", { status: 404 });
  return certificateResponse(result, parseLocale(locale));
}
