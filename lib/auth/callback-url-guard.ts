import "server-only";
import type { NextRequest } from "next/server";

type Handler = (request: NextRequest) => Promise<Response>;

/** Auth.js's own test of a callback URL (@auth/core, lib/utils/assert.js), so both agree. */
function usable(url: string, origin: string): boolean {
  try {
    return /^https?:/.test(new URL(url, url.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * Auth.js takes a callback URL it cannot use (the `callbackUrl` query parameter, or its
 * callback-url cookie) for a mistake in the server's configuration and answers 500. Both come
 * from the client, so such a request is refused here as a bad request.
 */
export function withUsableCallbackUrl(handler: Handler): Handler {
  return async (request) => {
    const origin = request.nextUrl.origin;
    const candidates = [
      ...request.nextUrl.searchParams.getAll("callbackUrl"),
      ...request.cookies
        .getAll()
        .filter((c) => /^(__Secure-)?authjs\.callback-url$/.test(c.name))
        .map((c) => c.value),
    ];
    if (candidates.some((url) => url && !usable(url, origin))) return Response.json({ message: "Bad request" }, { status: 400 });
    return handler(request);
  };
}
