// Builds the offline check-in desk's service worker (public/sw.js) from
// lib/checkin/offline/service-worker.ts, with the precache manifest of this build's static files.
//
// Why a script: `next build` runs Turbopack, and @serwist/next's plugin is a webpack plugin. Its
// configurator (`@serwist/next/config`) computes the options for a build of our own instead: which
// files of the build to precache and under which URL. We bundle the worker with esbuild and inject
// the manifest with @serwist/build (what Serwist's CLI does, without its interactive extras).
// next.config.js calls this after Next has compiled the app (`compiler.runAfterProductionCompile`),
// so every `next build` (npm start, npm test, CI) produces the worker. Also runnable alone:
// `node scripts/build-service-worker.mjs [distDir, default .next]`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { injectManifest } from "@serwist/build";
import { serwist } from "@serwist/next/config";
import { build } from "esbuild";

export async function buildServiceWorker({ projectDir = process.cwd(), distDir = ".next" } = {}) {
  const dist = relative(projectDir, resolve(projectDir, distDir));
  const swSrc = join(projectDir, "lib/checkin/offline/service-worker.ts");
  const swDest = join(projectDir, "public/sw.js");
  const options = await serwist(
    {
      swSrc,
      swDest,
      globDirectory: projectDir,
      // The prerendered public pages are not the desk's business; its own page is cached when visited.
      precachePrerendered: false,
      // Source maps of the build are not served; the desk needs the code only.
      globIgnores: [`${dist}/static/**/*.map`],
    },
    { distDir: dist, basePath: "", assetPrefix: "" },
    { cwd: projectDir, isDev: false },
  );
  const temp = mkdtempSync(join(tmpdir(), "dialogos-sw-"));
  try {
    const bundled = join(temp, "sw.js");
    await build({
      entryPoints: [swSrc],
      outfile: bundled,
      bundle: true,
      format: "iife",
      minify: true,
      target: options.esbuildOptions.target,
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "warning",
    });
    const { count, size, warnings } = await injectManifest({
      swSrc: bundled,
      swDest,
      globDirectory: options.globDirectory,
      globPatterns: options.globPatterns,
      globIgnores: options.globIgnores,
      manifestTransforms: options.manifestTransforms,
      dontCacheBustURLsMatching: options.dontCacheBustURLsMatching,
    });
    for (const warning of warnings) console.warn(`[service worker] ${warning}`);
    console.log(`[service worker] public/sw.js precaches ${count} files (${Math.round(size / 1024)} KiB)`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildServiceWorker({ distDir: process.argv[2] });
}
