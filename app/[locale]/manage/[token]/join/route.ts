import { z } from "zod";
import { getDb } from "@/lib/database";
import { allowRemoteJoin, recordRemoteJoin } from "@/lib/hybrid/remote-access";
import { eventOfRegistration, findRegistrationByToken } from "@/lib/registration/manage";
import { MAX_DATABASE_ID } from "@/lib/validation/text";

export const dynamic = "force-dynamic";

const query = z.object({
  session: z.coerce.number().int().positive().max(MAX_DATABASE_ID).optional(),
});

const privateHeaders = { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" };

/**
 * The tracked way into the private video conference, from a confirmed remote delegate's page: the
 * join is recorded (attendance counts it apart from door check-ins), then 303 to the private link.
 * Anyone else (unknown link, in person, pending, waitlisted) gets 404 and nothing is recorded.
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/manage/[token]/join">) {
  const allowed = await allowRemoteJoin(request.headers);
  if (!allowed.ok) return new Response("Too many requests", { status: 429, headers: { "Retry-After": String(allowed.retryAfterSeconds) } });
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return new Response("Bad request", { status: 400, headers: privateHeaders });
  const { token } = await params;
  const db = getDb();
  const registration = await findRegistrationByToken(db, token);
  const event = registration ? await eventOfRegistration(db, registration.eventId) : null;
  const link = registration && event ? await recordRemoteJoin(db, registration, event, parsed.data.session ?? null) : null;
  if (!link) return new Response("Not found", { status: 404, headers: privateHeaders });
  return new Response(null, { status: 303, headers: { ...privateHeaders, Location: link } });
}
