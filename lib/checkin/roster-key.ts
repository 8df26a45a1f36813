import "server-only";

/**
 * PLACEHOLDER (issue 12, branch `sync`): the public key that verifies signed check-in codes comes
 * from `checkInPublicKey()` of lib/checkin/signing.ts, which branch `codes` adds. At merge, delete
 * this file and import `checkInPublicKey` in app/api/checkin/[slug]/roster/route.ts instead.
 * Until then the roster says "no key", and a desk can verify no signed code offline.
 */
export async function rosterPublicKey(): Promise<string> {
  return "";
}
