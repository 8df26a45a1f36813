import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(join(root, path)).isDirectory()) return entry === "migrations" ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(entry) ? [path] : [];
  });
}

const read = (file: string) => readFileSync(join(root, file), "utf8");
const importsOf = (file: string) => [...read(file).matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);

describe("the data layer's rules", () => {
  it("db/ never imports from lib/ (lib/ builds on db/, never the reverse)", () => {
    const offences = sourceFiles("db").flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith("@/lib/") || /^(\.\.\/)+lib\//.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offences).toEqual([]);
  });

  it("every transaction opens through db/transaction.ts (inTransaction retries deadlock victims)", () => {
    const offences = ["app", "lib", "db", "scripts"]
      .flatMap(sourceFiles)
      .filter((file) => relative("", file) !== join("db", "transaction.ts") && /\.transaction\(/.test(read(file)));
    expect(offences).toEqual([]);
  });

  it("pages and route handlers call lib/ functions instead of building queries", () => {
    const offences = sourceFiles("app").filter((file) => importsOf(file).includes("drizzle-orm"));
    expect(offences).toEqual([]);
  });
});
