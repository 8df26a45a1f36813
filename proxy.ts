import createMiddleware from "next-intl/middleware";
import { type NextRequest, NextResponse } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { scheduleRewritePath } from "@/lib/programme/filters";

/**
 * Locale detection and prefixing, plus one rewrite for caching. This is a convenience layer:
 * authorization is checked by every organiser page and action on the server, never here.
 */
const intl = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  // Schedule filters: `/en/events/x/schedule?theme=t&day=d` is served by the cached route
  // `/en/events/x/schedule/t/d`, so filtered views never render per request (see lib/programme/filters.ts).
  const rewrite = scheduleRewritePath(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (rewrite) return NextResponse.rewrite(new URL(rewrite, request.url));
  return intl(request);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
