/**
 * Checks on a POST to a page (a server action, with or without JavaScript) made before Next reads
 * its body. Next refuses both cases itself, but as a 500 after the fact ("Invalid Server Actions
 * request", "Body exceeded 1 MB limit"); answering here gives the caller the right status and
 * reads no byte of the body.
 */

/** The limit of an ordinary action body (form fields only). */
export const ACTION_BODY_LIMIT = 1024 * 1024;
/**
 * The limit of a post from a page that uploads files (a 5 MB badge photo and the form around it);
 * Next's own limits (serverActions.bodySizeLimit, proxyClientMaxBodySize in next.config.js) are
 * set to it. Every other page keeps ACTION_BODY_LIMIT.
 */
const UPLOAD_BODY_LIMIT = 6 * 1024 * 1024;
const UPLOAD_PAGES = [/^\/[a-z]{2}\/dashboard\/events\/[a-z0-9-]+\/registrations\/\d+$/];

export type Refusal = { status: 403 | 411 | 413; reason: string };

type HeaderReader = { get(name: string): string | null };

/** Same rule as Next's action handler: the Origin's host must be the host the request came to. */
export function isForeignOrigin(headers: HeaderReader): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false; // old browsers and non-browser clients; Next decides
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // "null" (sandboxed frames, privacy redirects) or garbage
  }
  return !host || originHost !== host.split(",")[0]!.trim();
}

/**
 * The declared size of the body. A body without Content-Length (chunked) is refused: its size is
 * unknown until it has been read, and no browser sends a form that way.
 */
export function bodySizeRefusal(headers: HeaderReader, limit: number): Refusal | null {
  const length = headers.get("content-length");
  if (length === null) {
    return headers.get("transfer-encoding") !== null ? { status: 411, reason: "length required" } : null;
  }
  const bytes = Number(length);
  if (!Number.isSafeInteger(bytes) || bytes < 0) return { status: 411, reason: "bad content-length" };
  return bytes > limit ? { status: 413, reason: "body too large" } : null;
}

export function actionPostRefusal(method: string, headers: HeaderReader, pathname = ""): Refusal | null {
  if (method !== "POST") return null;
  if (isForeignOrigin(headers)) return { status: 403, reason: "foreign origin" };
  return bodySizeRefusal(headers, UPLOAD_PAGES.some((page) => page.test(pathname)) ? UPLOAD_BODY_LIMIT : ACTION_BODY_LIMIT);
}
