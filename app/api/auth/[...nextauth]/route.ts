import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { withUsableCallbackUrl } from "@/lib/auth/callback-url-guard";
import { bodySizeRefusal } from "@/lib/security/request-guard";

/** Auth.js posts are a few form fields (sign-in, sign-out, CSRF token). */
const AUTH_BODY_LIMIT = 16 * 1024;

export const GET = withUsableCallbackUrl(handlers.GET);

/**
 * Auth.js reads the whole body before looking at it: without this, a few 60 MB posts held
 * hundreds of MB of memory. The declared length is checked before a byte is read (Node never
 * delivers more than Content-Length), and a body of unknown length is refused.
 */
const guardedPost = withUsableCallbackUrl(handlers.POST);

export async function POST(request: NextRequest) {
  const refusal = bodySizeRefusal(request.headers, AUTH_BODY_LIMIT);
  if (refusal) {
    return new Response(`${refusal.status} ${refusal.reason}\n`, {
      status: refusal.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", Connection: "close" },
    });
  }
  return guardedPost(request);
}
