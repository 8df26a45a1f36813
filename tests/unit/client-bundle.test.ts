import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findServerCode } from "../../scripts/check-client-bundle.mjs";

function bundle(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "dialogos-bundle-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, "chunks"), { recursive: true });
    writeFileSync(join(dir, "chunks", name), text);
  }
  return dir;
}

describe("the client bundle check", () => {
  it("passes a bundle of browser code", () => {
    expect(findServerCode(bundle({ "a.js": "console.log('hello')" }))).toEqual([]);
  });

  it("names the server module and the file that carries it", () => {
    const dir = bundle({ "a.js": 'class X{static [k]="PgDialect"}', "b.js": "x", "c.css": "PGlite" });
    expect(findServerCode(dir)).toEqual([`${join(dir, "chunks", "a.js")}: drizzle-orm (PgDialect)`]);
  });

  it("finds a generated secret", () => {
    const secret = "to5WNrMww6fZ4E5iSM5UqQiHMR2Q7p5W";
    expect(findServerCode(bundle({ "a.js": `const s="${secret}"` }), [secret])).toHaveLength(1);
  });
});
