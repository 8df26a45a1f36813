#!/usr/bin/env node
// The JavaScript a page loads: fetches each page's HTML, then every script it references, and
// sums their gzip sizes (what travels over a slow link). Inline scripts (the React Server
// Components payload) are reported separately.
//   node bench/js-size.mjs http://localhost:3000/en http://localhost:3000/en/events/x/schedule
//   node bench/js-size.mjs --base http://localhost:3000     (every kind of public page)
import { gzipSync } from "node:zlib";

/** One of each public page: home, event page, schedule (full and filtered), session page. */
const publicPages = [
  "/en",
  "/en/events/digital-alliance-days-2023",
  "/en/events/digital-alliance-days-2023/schedule",
  "/es/events/cybersecurity-dialogue-2024/schedule?theme=secure-connectivity",
  "/fr/events/cybersecurity-dialogue-2024/sessions/opening-session",
];

const args = process.argv.slice(2);
const baseIndex = args.indexOf("--base");
const urls = baseIndex >= 0 ? publicPages.map((path) => `${args[baseIndex + 1].replace(/\/$/, "")}${path}`) : args;
if (urls.length === 0) {
  console.error("usage: node bench/js-size.mjs <page url> [...] | --base <site url>");
  process.exit(2);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

for (const url of urls) {
  const response = await fetch(url, { headers: { "Accept-Encoding": "identity" }, redirect: "follow" });
  const html = await response.text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]))];
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  console.log(
    `${url}\n  status ${response.status}; ${sources.length} scripts: ${kib(gzip)} gzip (${kib(raw)} raw); ` +
      `inline scripts ${kib(gzipSync(inline).length)} gzip; HTML ${kib(gzipSync(html).length)} gzip`,
  );
}
