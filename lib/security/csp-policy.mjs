// Plain JavaScript: the cache handler (lib/security/cache-handler.mjs) loads it in Node at run
// time, outside the bundler; proxy.ts imports it too, so both build the same policy.

/**
 * The Content-Security-Policy of every page. Scripts: only those the server vouches for, by nonce
 * (pages rendered per request) or by hash (cached pages), plus the app's own files; never inline
 * script by default, never eval (except in development, where React needs it).
 * @param {{ scriptSources: string[], https: boolean, dev?: boolean }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ scriptSources, https, dev = false }) {
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${scriptSources.join(" ")}${dev ? " 'unsafe-eval'" : ""}`.trim(),
    // Inline style attributes are set by React components; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self' blob:",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * The sha256 source of every inline <script> of a page (those without a src attribute), each once.
 * @param {string} html
 * @param {(text: string) => string} sha256Base64
 * @returns {string[]}
 */
export function inlineScriptHashes(html, sha256Base64) {
  const hashes = new Set();
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const body = match[2] ?? "";
    if (body === "" || /\stype\s*=\s*["']?application\/(ld\+)?json/i.test(attributes)) continue;
    hashes.add(`'sha256-${sha256Base64(body)}'`);
  }
  return [...hashes];
}
