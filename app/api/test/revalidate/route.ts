import { z } from "zod";
import { revalidateEvent } from "@/lib/cache";
import { config } from "@/lib/config";

export const dynamic = "force-dynamic";

/**
 * Test-only: runs revalidateEvent(slug), as organiser actions do after an edit, so the e2e suite
 * can prove that cached public pages follow database changes. 404 unless DIALOGOS_TEST_API=1.
 */
const body = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/) });

export async function POST(request: Request) {
  if (!config().testApi) return new Response("Not found", { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: z.flattenError(parsed.error) }, { status: 400 });
  revalidateEvent(parsed.data.slug);
  return Response.json({ revalidated: parsed.data.slug });
}
