import { z } from "zod";
import { getDb } from "@/lib/database";
import { delegationOfToken } from "@/lib/delegations/delegations";
import { allowDelegationLinkUse } from "@/lib/delegations/focal-link";
import { LETTER_POST_LIMIT, letterOf, storeLetter } from "@/lib/delegations/letter-upload";
import { parseLocale } from "@/lib/i18n/locale";
import { bodySizeRefusal, isForeignOrigin } from "@/lib/security/request-guard";

export const dynamic = "force-dynamic";

type Context = RouteContext<"/api/delegations/[token]/letter">;

const notFound = () => new Response("Not found.", { status: 404, headers: { "Cache-Control": "no-store" } });
const tooMany = () => new Response("Too many requests.", { status: 429, headers: { "Cache-Control": "no-store" } });

/**
 * The focal point's nomination letter: uploaded here (a route, not a server action, because a
 * letter may be 10 MB and server action bodies stop at 1 MB) and downloaded back. Both are
 * authorised by the delegation's link alone.
 */
export async function GET(request: Request, { params }: Context) {
  if (!(await allowDelegationLinkUse(request.headers)).ok) return tooMany();
  const opened = await delegationOfToken(getDb(), (await params).token);
  const letter = opened ? await letterOf(getDb(), opened.delegation.id) : null;
  if (!letter) return notFound();
  return new Response(new Uint8Array(letter.content), {
    headers: {
      "Content-Type": letter.contentType,
      "Content-Length": String(letter.size),
      "Content-Disposition": `attachment; filename="${letter.downloadName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}

const letterForm = z.object({ file: z.instanceof(File) });

/** The page's upload form posts here (it works without JavaScript); the answer sends the browser back to the page. */
export async function POST(request: Request, { params }: Context) {
  // A cross-site form must not upload into someone's delegation (server actions get this check from Next).
  if (isForeignOrigin(request.headers)) return new Response("Forbidden.", { status: 403 });
  if (!(await allowDelegationLinkUse(request.headers)).ok) return tooMany();
  const { token } = await params;
  const opened = await delegationOfToken(getDb(), token);
  if (!opened) return notFound();
  const locale = parseLocale(new URL(request.url).searchParams.get("locale"));
  const back = (query: string) =>
    new Response(null, {
      status: 303,
      headers: { Location: `/${locale}/delegations/${encodeURIComponent(token)}?${query}#letter`, "Cache-Control": "no-store" },
    });
  // Over the limit by its declared size: refused unread (the page says the file is too large).
  const size = bodySizeRefusal(request.headers, LETTER_POST_LIMIT);
  if (size) return size.status === 413 ? back("letterError=tooLarge") : new Response(`${size.reason}\n`, { status: size.status });
  let parsed: z.ZodSafeParseResult<z.output<typeof letterForm>>;
  try {
    const form = await request.formData();
    parsed = letterForm.safeParse({ file: form.get("file") });
  } catch {
    return new Response("Unreadable form.", { status: 400 });
  }
  if (!parsed.success) return back("letterError=empty");
  const result = await storeLetter(getDb(), opened.delegation, Buffer.from(await parsed.data.file.arrayBuffer()));
  return back(result.ok ? "done=letter" : `letterError=${result.reason}`);
}
