import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_BUILD_DIR, parseConfig } from "@/lib/config";

const root = resolve(__dirname, "../..");
const requireFromRoot = createRequire(join(root, "package.json"));

/** next.config.js as `next build` / `next start` load it, with the given build folder variable. */
function nextDistDir(value: string | undefined): string {
  const path = requireFromRoot.resolve("./next.config.js");
  const saved = process.env.DIALOGOS_BUILD_DIR;
  if (value === undefined) delete process.env.DIALOGOS_BUILD_DIR;
  else process.env.DIALOGOS_BUILD_DIR = value;
  try {
    delete requireFromRoot.cache[path];
    return (requireFromRoot(path) as { distDir: string }).distDir;
  } finally {
    if (saved === undefined) delete process.env.DIALOGOS_BUILD_DIR;
    else process.env.DIALOGOS_BUILD_DIR = saved;
  }
}

describe("tests build and serve from a folder of their own", () => {
  it("next.config.js takes its build folder from DIALOGOS_BUILD_DIR, .next by default, like the config module", () => {
    expect(nextDistDir(undefined)).toBe(".next");
    expect(nextDistDir(".next-test")).toBe(".next-test");
    expect(parseConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), "dialogos-build-")) }).buildDir).toBe(DEFAULT_BUILD_DIR);
    expect(() => parseConfig({ DIALOGOS_BUILD_DIR: "../elsewhere" })).toThrowError(ConfigError);
  });

  it("npm test builds, checks and serves the browser tests' app in .next-test, never in .next", () => {
    const script = readFileSync(join(root, "scripts/test.sh"), "utf8").split("\n");
    const exported = script.findIndex((line) => /^export DIALOGOS_BUILD_DIR=\.next-test$/.test(line.trim()));
    const build = script.findIndex((line) => line.includes("next build"));
    const browser = script.findIndex((line) => line.includes("playwright test"));
    expect(exported).toBeGreaterThan(-1);
    expect(exported).toBeLessThan(build);
    expect(build).toBeLessThan(browser);
    // Nothing in between sets it back.
    expect(script.slice(exported + 1, browser).filter((line) => line.includes("DIALOGOS_BUILD_DIR="))).toEqual([]);
    // Playwright's server gets the same folder, .next-test unless told otherwise.
    const playwright = readFileSync(join(root, "playwright.config.ts"), "utf8");
    expect(playwright).toMatch(/process\.env\.DIALOGOS_BUILD_DIR \|\| "\.next-test"/);
    expect(playwright).toMatch(/DIALOGOS_BUILD_DIR: buildDir/);
  });

  it("the client-bundle check reads the build folder it is given through the same variable", () => {
    const dir = mkdtempSync(join(tmpdir(), "dialogos-build-"));
    try {
      mkdirSync(join(dir, "static", "chunks"), { recursive: true });
      writeFileSync(join(dir, "static", "chunks", "server.js"), "class PgDialect {}");
      const run = spawnSync(process.execPath, ["scripts/check-client-bundle.mjs"], {
        cwd: root,
        env: { ...process.env, DIALOGOS_BUILD_DIR: dir },
        encoding: "utf8",
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(join(dir, "static", "chunks", "server.js"));
    } finally {
      spawnSync("rm", ["-rf", dir]);
    }
  });
});
