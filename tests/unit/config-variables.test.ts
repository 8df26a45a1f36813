import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig, variables } from "@/lib/config";

const root = resolve(__dirname, "../..");

/** The rows of the README's configuration table: [variable, default, meaning]. */
function readmeRows(): string[][] {
  const readme = readFileSync(join(root, "README.md"), "utf8").split("\n");
  const start = readme.findIndex((line) => /^\|\s*variable\s*\|\s*default\s*\|\s*meaning\s*\|/.test(line));
  const rows: string[][] = [];
  for (const line of readme.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .slice(1, -1)
        .split(" | ")
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === "node_modules" || entry.startsWith(".") ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(entry) ? [path] : [];
  });
}

/** Set by Node and Next themselves, never by an operator (see lib/config.ts). */
const PLATFORM = new Set(["NODE_ENV", "NEXT_RUNTIME", "NEXT_PHASE", "PATH"]);
/** Plain JavaScript loaded by Node or Next outside the bundler cannot import lib/config.ts. */
const PLAIN_JS = new Set(["next.config.js", "scripts/start.mjs", "scripts/check-client-bundle.mjs", "lib/security/cache-handler.mjs"]);

describe("the configuration module lists every variable", () => {
  it("the README's table lists exactly the module's variables, in its order, with the same defaults and meanings", () => {
    const expected = Object.entries(variables).map(([name, v]) => [`\`${name}\``, v.defaultText, v.meaning]);
    expect(readmeRows()).toEqual(expected);
  });

  it("nothing reads a setting from process.env but the module (plain JS files only declared ones)", () => {
    const files = [
      ...["app", "lib", "db", "scripts"].flatMap((dir) => sourceFiles(join(root, dir))),
      ...["proxy.ts", "instrumentation.ts", "next.config.js"].map((file) => join(root, file)),
    ];
    const offences: string[] = [];
    for (const file of files) {
      const name = relative(root, file);
      if (name === "lib/config.ts") continue;
      for (const match of readFileSync(file, "utf8").matchAll(/process\.env(?:\.([A-Z_][A-Z0-9_]*)|\[["']([A-Z0-9_]+)["']\])/g)) {
        const variable = match[1] ?? match[2]!;
        if (PLATFORM.has(variable)) continue;
        if (!(variable in variables)) offences.push(`${name}: ${variable} is not declared in lib/config.ts`);
        else if (!PLAIN_JS.has(name)) offences.push(`${name}: reads ${variable} itself instead of through config()`);
      }
    }
    expect(offences).toEqual([]);
  });

  it("DB_POOL_SIZE is a whole number from 1, 10 by default", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "dialogos-config-"));
    expect(parseConfig({ DATA_DIR: dataDir }).databasePoolSize).toBe(10);
    expect(parseConfig({ DATA_DIR: dataDir, DB_POOL_SIZE: "25" }).databasePoolSize).toBe(25);
    expect(() => parseConfig({ DATA_DIR: dataDir, DB_POOL_SIZE: "abc" })).toThrowError(/DB_POOL_SIZE: must be a whole number/);
    expect(() => parseConfig({ DATA_DIR: dataDir, DB_POOL_SIZE: "0" })).toThrowError(/DB_POOL_SIZE: must be at least 1/);
  });

  it("npm start refuses a wrong value before building, naming the variable", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "dialogos-start-"));
    const run = spawnSync(process.execPath, ["scripts/start.mjs"], {
      cwd: root,
      // A build folder that does not exist: had the check not stopped it, start.mjs would build.
      env: { ...process.env, DATA_DIR: dataDir, DB_POOL_SIZE: "abc", DIALOGOS_BUILD_DIR: ".next-never-built", PORT: "3999" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Refusing to start");
    expect(run.stderr).toContain("DB_POOL_SIZE: must be a whole number");
    expect(run.stdout).not.toContain("Building");
  }, 60_000);
});
