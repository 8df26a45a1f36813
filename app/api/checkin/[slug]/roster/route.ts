import { checkInApiAccess, jsonAnswer } from "@/lib/checkin/api";
import { checkInRoster } from "@/lib/checkin/roster";
import { checkInPublicKey } from "@/lib/checkin/signing";

// Personal data, per account and request: never prerendered or cached.
export const dynamic = "force-dynamic";

/** The roster an offline check-in desk keeps (lib/checkin/roster.ts); readable for archived dialogues too. */
export async function GET(_request: Request, { params }: RouteContext<"/api/checkin/[slug]/roster">) {
  const { slug } = await params;
  const access = await checkInApiAccess(slug);
  if (access instanceof Response) return access;
  return jsonAnswer(await checkInRoster(access.db, access.event, await checkInPublicKey()));
}
