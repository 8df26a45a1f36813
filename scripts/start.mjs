#!/usr/bin/env node
// `npm start`: builds the app when the build is missing or older than the sources, then serves it.
// Migrations, the seed of both dialogues and the first organiser's setup link happen in the
// server itself at start (instrumentation.ts), so `next start` alone behaves the same.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
// next.config.js reads the same variable (declared in lib/config.ts): build and serve one folder.
const buildDir = process.env.DIALOGOS_BUILD_DIR || ".next";

if (!existsSync(nextBin)) {
  console.error("Dependencies are missing: run `npm install` first.");
  process.exit(1);
}

// The configuration is checked first (lib/config.ts, through tsx): a wrong value stops here with a
// message naming the variable, before a build. Without tsx (an install without dev dependencies),
// the server itself refuses the same way when it starts (lib/startup.ts).
if (existsSync(join(root, "node_modules", "tsx"))) {
  const check = spawnSync(process.execPath, ["--import", "tsx", join(root, "scripts", "check-config.ts")], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  if (check.status !== 0) process.exit(check.status ?? 1);
}

const sourceEntries = [
  "app",
  "components",
  "db",
  "lib",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "package-lock.json",
  "tsconfig.json",
];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function buildIsStale() {
  const buildId = join(root, buildDir, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return sourceEntries.some((entry) => existsSync(join(root, entry)) && newestMtime(join(root, entry)) > built);
}

if (!dev && buildIsStale()) {
  console.log("[dialogos] Building the app (about a minute the first time)...");
  const started = Date.now();
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  console.log(`[dialogos] Built in ${Math.round((Date.now() - started) / 1000)} s`);
}

// The server writes the embedded database and its secrets under .data/: private to this account
// (folders 0700, files 0600). The child inherits the umask; the server sets it again itself.
process.umask(0o077);
const server = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], {
  cwd: root,
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
