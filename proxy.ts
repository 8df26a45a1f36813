import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { scheduleRewritePath } from "@/lib/programme/filters";

const intl = createMiddleware(routing);

/**
 * Locale detection and prefixing, one rewrite for caching and one convenience redirect. This layer
 * never authorizes: every organiser page and action checks the session and role on the server.
 */
export default function proxy(request: NextRequest) {
  return scheduleRewrite(request) ?? redirectAnonymousDashboard(request) ?? varyByLanguage(intl(request));
}

// The language redirect of `/` depends on Accept-Language: shared caches must know.
function varyByLanguage(response: NextResponse): NextResponse {
  if (response.headers.has("location")) response.headers.append("Vary", "Accept-Language");
  return response;
}

// Schedule filters: `/en/events/x/schedule?theme=t&day=d` is served by the cached route
// `/en/events/x/schedule/t/d`, so filtered views never render per request (see lib/programme/filters.ts).
function scheduleRewrite(request: NextRequest): NextResponse | undefined {
  const rewrite = scheduleRewritePath(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!rewrite) return undefined;
  const url = request.nextUrl.clone();
  url.pathname = rewrite;
  url.search = "";
  return NextResponse.rewrite(url);
}

// --- Dashboard convenience: a visitor without any session cookie goes straight to sign-in. ---
const DASHBOARD_PATH = /^\/([a-z]{2})\/dashboard(?:\/|$)/;

function redirectAnonymousDashboard(request: NextRequest): NextResponse | undefined {
  const match = DASHBOARD_PATH.exec(request.nextUrl.pathname);
  if (!match || !(routing.locales as readonly string[]).includes(match[1]!)) return undefined;
  // Only page views: server actions and downloads (exports) answer for themselves (sign in
  // required / 401), so that their callers get a result they can read.
  if (request.headers.has("next-action") || !request.headers.get("accept")?.includes("text/html")) return undefined;
  const hasSession = request.cookies.getAll().some((c) => /^(__Secure-)?authjs\.session-token/.test(c.name));
  if (hasSession) return undefined;
  const target = new URL(`/${match[1]}/sign-in`, request.url);
  target.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(target);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
