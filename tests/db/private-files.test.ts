import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { makeTreePrivate } from "@/db/private-files";
import { parseConfig } from "@/lib/config";

/** Every path under `dir` whose mode is not private (folders 0700, files 0600). */
function openPaths(dir: string): string[] {
  const found: string[] = [];
  const mode = lstatSync(dir).mode & 0o777;
  const isDir = lstatSync(dir).isDirectory();
  if (mode !== (isDir ? 0o700 : 0o600)) found.push(`${dir} ${mode.toString(8)}`);
  if (isDir) for (const entry of readdirSync(dir)) found.push(...openPaths(join(dir, entry)));
  return found;
}

describe("the data folder is private to the server's account", () => {
  const root = mkdtempSync(join(tmpdir(), "dialogos-private-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("generated secrets and the embedded database: folders 0700, files 0600", async () => {
    const previous = process.umask(0o022); // what a default shell gives a process
    try {
      const dataDir = join(root, "fresh");
      expect(parseConfig({ DATA_DIR: dataDir }).authSecret.length).toBeGreaterThan(30);
      const handle = openDatabase({ dataDir: join(dataDir, "pglite") });
      await handle.db.execute("create table t (id int primary key, note text)");
      await handle.db.execute("insert into t select g, repeat('x', 200) from generate_series(1, 2000) g");
      // While the database is open, with files it created after starting (the new table's)...
      expect(openPaths(dataDir)).toEqual([]);
      await handle.close();
      expect(readdirSync(dataDir).sort()).toEqual(["pglite", "secrets.json"]);
      expect(openPaths(dataDir)).toEqual([]);
    } finally {
      process.umask(previous);
    }
  });

  it("closes what an older version left world-readable, secrets.json included", () => {
    const dataDir = join(root, "legacy");
    mkdirSync(join(dataDir, "pglite", "base"), { recursive: true, mode: 0o755 });
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, "pglite", "base", "1234"), "rows", { mode: 0o666 });
    chmodSync(join(dataDir, "pglite", "base", "1234"), 0o666);
    writeFileSync(join(dataDir, "secrets.json"), JSON.stringify({ authSecret: "s".repeat(44) }), { mode: 0o644 });
    chmodSync(join(dataDir, "secrets.json"), 0o644);
    expect(openPaths(dataDir).length).toBeGreaterThan(0);

    expect(parseConfig({ DATA_DIR: dataDir }).authSecret).toBe("s".repeat(44));
    expect(lstatSync(join(dataDir, "secrets.json")).mode & 0o777).toBe(0o600);
    makeTreePrivate(dataDir);
    expect(openPaths(dataDir)).toEqual([]);
  });
});
