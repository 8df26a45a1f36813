import { currentUser } from "@/lib/auth/guard";
import { getDb } from "@/lib/database";
import { organiserLetter } from "@/lib/delegations/letter";

// A delegation's letter is personal data: per request, never cached.
export const dynamic = "force-dynamic";

const refusals = { 401: "Sign in first.", 403: "Forbidden.", 404: "Not found." } as const;

/** A delegation's nomination letter, for the dialogue's organisers, always as a download. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/dashboard/events/[slug]/delegations/[id]/letter">) {
  // A route handler is not protected by any page: the session, role and dialogue are checked here.
  const { slug, id } = await params;
  const letter = await organiserLetter(getDb(), await currentUser(), slug, /^\d{1,10}$/.test(id) ? Number(id) : 0);
  if (!letter.ok) return new Response(refusals[letter.status], { status: letter.status });
  const { file } = letter;
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.downloadName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
