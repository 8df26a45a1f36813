/**
 * Whether every segment of a request path decodes once, and only once: Next.js answers 500 to a
 * path with a malformed percent-encoding (`/en/manage/%ff`) or one that a second decoding breaks
 * (`a%25%3A`, which decodes to `a%:`), before any code of ours runs. No route of ours has a `%` in
 * a segment (slugs, tokens and ids are plain ASCII), so both are refused up front as bad requests.
 */
export function isDecodablePath(url: string | undefined): boolean {
  const path = (url ?? "/").split("?", 1)[0]!;
  for (const segment of path.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      if (decodeURIComponent(segment).includes("%")) return false;
    } catch {
      return false;
    }
  }
  return true;
}
