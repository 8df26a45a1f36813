// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  // The check-in desk reads QR codes with the camera; nothing else may use devices.
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests and benchmarks build and serve from a folder of their own (DIALOGOS_BUILD_DIR, declared in
  // lib/config.ts), so the pages they cache are never served by a later `npm start`.
  distDir: process.env.DIALOGOS_BUILD_DIR || ".next",
  // `npm test` runs `tsc --noEmit` over the whole project before it builds (DIALOGOS_BUILD_TYPECHECKED,
  // declared in lib/config.ts): the build's own check of the same files would be a second, serial one.
  typescript: { ignoreBuildErrors: process.env.DIALOGOS_BUILD_TYPECHECKED === "1" },
  // PGlite and argon2 must be loaded by Node at run time, never bundled.
  // rate-limiter-flexible loads drizzle-orm with a dynamic import that the bundler cannot follow.
  // pino is loaded by Node too: bundled, its worker-thread transports cannot find their files.
  // pdfkit reads its font metrics from its own folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "rate-limiter-flexible", "pino", "pdfkit"],
  // The page cache, plus a Content-Security-Policy stored with each cached page (hashes of its
  // inline scripts, so public pages stay cached) and nothing stored for a 404 (made-up slugs
  // cannot fill the disk). See lib/security/cache-handler.mjs.
  cacheHandler: require.resolve("./lib/security/cache-handler.mjs"),
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() answers 403 to a signed-in organiser whose role does not reach a page.
  compiler: {
    // The offline check-in desk's service worker (public/sw.js) precaches this build's static
    // files, so it is built once they exist (Turbopack has no webpack plugin hook; see the script).
    runAfterProductionCompile: async ({ projectDir, distDir }) => {
      const { buildServiceWorker } = await import("./scripts/build-service-worker.mjs");
      await buildServiceWorker({ projectDir, distDir });
    },
  },
  experimental: {
    authInterrupts: true,
    // proxy.ts refuses bodies over 1 MB by Content-Length, over 6 MB on the pages that upload a
    // file (lib/security/request-guard.ts); Next would otherwise buffer up to 10 MB for it.
    proxyClientMaxBodySize: "6mb",
    serverActions: { bodySizeLimit: "6mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
