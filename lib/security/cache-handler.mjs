// Next's page cache (ISR) with two duties added; configured as `cacheHandler` in next.config.js.
// Plain JavaScript: Next loads it in Node at run time, outside the bundler.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { contentSecurityPolicy, inlineScriptHashes } from "./csp-policy.mjs";

const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
const { SharedCacheControls } = require("next/dist/server/lib/incremental-cache/shared-cache-controls.external.js");

const CSP = "content-security-policy";
const sha256Base64 = (text) => createHash("sha256").update(text, "utf8").digest("base64");
// Read once: the handler runs outside the app's config module (lib/config.ts validates APP_URL).
const https = (process.env.APP_URL ?? "").startsWith("https://");
const dev = process.env.NODE_ENV === "development";

/**
 * 1. Cached pages carry their own Content-Security-Policy. A nonce would force every public page
 *    to render per request; instead the policy lists the sha256 of each inline script of the
 *    cached HTML and is stored with it, so the page and its policy always travel together (fresh,
 *    stale or regenerated). Pages rendered per request get a nonce from proxy.ts instead.
 * 2. Nothing is kept for a 404: a made-up slug or path renders its "not found" page and leaves no
 *    file and no memory entry behind, so requests for made-up addresses cannot fill the disk.
 */
export default class SecureCacheHandler extends FileSystemCache {
  async get(...args) {
    const entry = await super.get(...args);
    if (entry?.value?.kind === "APP_PAGE") withPolicy(entry.value);
    return entry;
  }

  async set(key, data, ctx) {
    if (data?.kind === "APP_PAGE") {
      withPolicy(data);
      if (data.status === 404) {
        SharedCacheControls.cacheControls.delete(key);
        return;
      }
    }
    return super.set(key, data, ctx);
  }
}

/** Adds the hash-based policy to a page entry's headers (the response sends them as they are). */
function withPolicy(value) {
  if (typeof value.html !== "string" || !value.html) return;
  value.headers ??= {};
  if (value.headers[CSP]) return;
  const scriptSources = inlineScriptHashes(value.html, sha256Base64);
  value.headers[CSP] = contentSecurityPolicy({ scriptSources, https, dev });
}
