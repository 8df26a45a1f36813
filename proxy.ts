import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { config as appConfig } from "@/lib/config";
import { isAppLocale } from "@/lib/i18n/locale";
import { routing } from "@/lib/i18n/routing";
import { scheduleRewritePath } from "@/lib/programme/filters";
import { actionBodyProblem } from "@/lib/security/action-body";
import { databaseUnavailableResponse, UNAVAILABLE_PAGE, unavailablePage } from "@/lib/security/database-outage";
import { nonceFor, noncePolicy, rendersPerRequest, STRICT_TRANSPORT_SECURITY } from "@/lib/security/page-policy";
import { actionPostRefusal } from "@/lib/security/request-guard";

const intl = createMiddleware(routing);

/**
 * Locale detection and prefixing, one rewrite for caching, one convenience redirect, and the
 * request's security envelope (request id, refusals before the body is read, CSP nonce, HSTS).
 * This layer never authorizes: every organiser page and action checks the session and role on
 * the server.
 */
export default async function proxy(request: NextRequest) {
  const requestId = crypto.randomUUID();
  const https = appConfig().appUrl.startsWith("https://");
  const refusal = actionPostRefusal(request.method, request.headers, request.nextUrl.pathname) ?? (await undecodableAction(request));
  if (refusal)
    return finish(
      new NextResponse(`${refusal.status} ${refusal.reason}\n`, {
        status: refusal.status,
        headers: { "Content-Type": "text/plain; charset=utf-8", Connection: "close" },
      }),
      requestId,
      https,
    );
  // Matched only as a possible action post (see `config`): not a page of ours to localize.
  if (request.nextUrl.pathname.includes(".")) return finish(NextResponse.next(), requestId, https);

  const extraRequestHeaders: Record<string, string> = { "x-request-id": requestId };
  let policy: string | undefined;
  if (UNAVAILABLE_PAGE.test(request.nextUrl.pathname)) return finish(unavailablePage(request.nextUrl.pathname), requestId, https);
  if (rendersPerRequest(request.nextUrl.pathname)) {
    // A form posted with JavaScript is answered by its action (an inline "try again"); page views
    // and plain form posts get the 503 page while the database is marked unavailable.
    const outage = request.headers.has("next-action") ? undefined : databaseUnavailableResponse(request.nextUrl.pathname);
    if (outage) return finish(outage, requestId, https);
    policy = noncePolicy(nonceFor(), https, process.env.NODE_ENV === "development");
    // Next reads the nonce from the request's policy and writes it on every script of the page.
    extraRequestHeaders["content-security-policy"] = policy;
  }
  const response = scheduleRewrite(request) ?? redirectAnonymousDashboard(request) ?? varyByLanguage(intl(request));
  forwardRequestHeaders(response, request, extraRequestHeaders);
  if (policy) response.headers.set("Content-Security-Policy", policy);
  return finish(response, requestId, https);
}

/** An action post whose body Next could not decode (it would answer 500): refused with 400. */
async function undecodableAction(request: NextRequest): Promise<{ status: 400; reason: string } | null> {
  const isFetchAction = request.headers.has("next-action");
  const contentType = request.headers.get("content-type");
  if (request.method !== "POST" || (!isFetchAction && !contentType?.startsWith("multipart/form-data"))) return null;
  const problem = await actionBodyProblem(contentType, isFetchAction, new Uint8Array(await request.clone().arrayBuffer()));
  return problem ? { status: 400, reason: problem } : null;
}

function finish(response: NextResponse, requestId: string, https: boolean): NextResponse {
  response.headers.set("X-Request-Id", requestId);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

/**
 * Adds request headers for the page, on top of whatever the response already passes on (what
 * `NextResponse.next({ request: { headers } })` does, applied to next-intl's own response).
 */
function forwardRequestHeaders(response: NextResponse, request: NextRequest, extra: Record<string, string>) {
  if (response.headers.has("location") && !response.headers.has("x-middleware-rewrite")) return; // a redirect
  const listed = response.headers.get("x-middleware-override-headers");
  const names = new Set(listed ? listed.split(",") : []);
  if (!listed) {
    for (const [name, value] of request.headers) {
      names.add(name);
      response.headers.set(`x-middleware-request-${name}`, value);
    }
  }
  for (const [name, value] of Object.entries(extra)) {
    names.add(name);
    response.headers.set(`x-middleware-request-${name}`, value);
  }
  response.headers.set("x-middleware-override-headers", [...names].join(","));
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
  if (!match || !isAppLocale(match[1])) return undefined;
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
  matcher: [
    // Everything but API routes, Next internals and files with an extension.
    "/((?!api|_next|_vercel|.*\\..*).*)",
    // Possible server action posts, wherever they go (a page's path may hold a dot: /en/manage/a.b).
    { source: "/((?!api|_next).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api|_next).*)", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
