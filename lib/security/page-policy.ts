import { contentSecurityPolicy } from "./csp-policy.mjs";

/**
 * Which pages render per request. They get a fresh nonce from proxy.ts in their
 * Content-Security-Policy (Next puts it on every script it writes). Every other page, the public
 * ones above all, is served from Next's page cache, and its policy (hashes of its inline scripts)
 * is stored with it by lib/security/cache-handler.mjs, so it stays cached. A page must be on the
 * right side: a page rendered per request that is missing here would have no policy, and a cached
 * page listed here would get two (e2e/security-headers.spec.ts visits one of each kind).
 */
const PER_REQUEST_PAGES =
  /^\/[a-z]{2}\/(dashboard|preview|sign-in|setup|invitation|reset-password|manage|delegations|test|events\/[^/]+\/register)(\/|$)/;

export function rendersPerRequest(pathname: string): boolean {
  return PER_REQUEST_PAGES.test(pathname);
}

export function nonceFor(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function noncePolicy(nonce: string, https: boolean, dev: boolean): string {
  // 'strict-dynamic': scripts Next's runtime adds (code-split chunks) inherit the trust.
  return contentSecurityPolicy({ scriptSources: [`'nonce-${nonce}'`, "'strict-dynamic'"], https, dev });
}

/** Two years, as the HSTS preload list asks; only ever sent when APP_URL is https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
