import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backupFolderName, listBackups, type Manifest, pruneBackups, writeManifest } from "@/lib/backup/manifest";
import { versionProblem } from "@/lib/backup/schema-version";
import { compareSummaries } from "@/lib/backup/tables";
import { parseConfig } from "@/lib/config";

function fakeBackup(dir: string, at: Date): string {
  const folder = join(dir, backupFolderName(at));
  mkdirSync(folder, { recursive: true });
  const manifest: Manifest = {
    format: "dialogos-backup",
    formatVersion: 1,
    createdAt: at.toISOString(),
    source: "pglite",
    serverVersion: "18",
    database: { file: "database.tar.gz", kind: "pglite-datadir" },
    migrations: [{ hash: "a", createdAt: 1 }],
    tables: {},
    files: [{ path: "database.tar.gz", bytes: 2048, sha256: "0".repeat(64) }],
    notes: [],
  };
  writeManifest(folder, manifest);
  return folder;
}

describe("backup folders", () => {
  it("are named by UTC time, sortable and valid on every file system", () => {
    expect(backupFolderName(new Date("2026-12-05T17:03:04.816Z"))).toBe("dialogos-2026-12-05T17-03-04Z");
  });

  it("keep the newest N, never touching folders that are not finished backups", () => {
    const dir = mkdtempSync(join(tmpdir(), "dialogos-prune-"));
    for (let day = 1; day <= 5; day++) fakeBackup(dir, new Date(Date.UTC(2026, 11, day)));
    mkdirSync(join(dir, ".partial-dialogos-2026-12-09T00-00-00Z"));
    mkdirSync(join(dir, "dialogos-notes"));
    writeFileSync(join(dir, "README.txt"), "mine");
    expect(listBackups(dir)[0]!.bytes).toBe(2048);
    const removed = pruneBackups(dir, 2);
    expect(removed).toEqual(["dialogos-2026-12-03T00-00-00Z", "dialogos-2026-12-02T00-00-00Z", "dialogos-2026-12-01T00-00-00Z"]);
    expect(readdirSync(dir).sort()).toEqual([
      ".partial-dialogos-2026-12-09T00-00-00Z",
      "README.txt",
      "dialogos-2026-12-04T00-00-00Z",
      "dialogos-2026-12-05T00-00-00Z",
      "dialogos-notes",
    ]);
  });
});

describe("schema version of a backup", () => {
  const app = [
    { hash: "h0", createdAt: 10 },
    { hash: "h1", createdAt: 20 },
  ];
  it("restores a backup at this version or an older one", () => {
    expect(versionProblem(app, app)).toBeNull();
    expect(versionProblem(app.slice(0, 1), app)).toBeNull();
  });
  it("refuses a newer, a different or an empty one, saying why", () => {
    expect(versionProblem([...app, { hash: "h2", createdAt: 30 }], app)).toMatch(/newer version/);
    expect(versionProblem([{ hash: "other", createdAt: 10 }], app)).toMatch(/differs.*migration 1/);
    expect(versionProblem([], app)).toMatch(/not a Diálogos database/);
  });
});

describe("comparing table summaries", () => {
  it("names each difference", () => {
    const expected = { a: { rows: 1, checksum: "x" }, b: { rows: 2, checksum: "y" }, c: { rows: 0, checksum: "z" } };
    expect(compareSummaries(expected, { ...expected })).toEqual([]);
    expect(
      compareSummaries(expected, { a: { rows: 1, checksum: "X" }, b: { rows: 3, checksum: "y" }, d: { rows: 0, checksum: "z" } }),
    ).toEqual([
      "table a has the same row count but different data",
      "table b has 3 rows instead of 2",
      "table c is missing",
      "table d is not in the backup",
    ]);
  });
});

describe("backup settings", () => {
  it("default to DATA_DIR/backups, 14 kept, no schedule", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "dialogos-config-"));
    expect(parseConfig({ DATA_DIR: dataDir }).backup).toEqual({ dir: join(dataDir, "backups"), keep: 14, intervalHours: 0 });
    expect(parseConfig({ DATA_DIR: dataDir, BACKUP_DIR: "/srv/b", BACKUP_KEEP: "3", BACKUP_INTERVAL_HOURS: "6" }).backup).toEqual({
      dir: "/srv/b",
      keep: 3,
      intervalHours: 6,
    });
  });
  it("refuse nonsense with the variable's name", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "dialogos-config-"));
    expect(() => parseConfig({ DATA_DIR: dataDir, BACKUP_KEEP: "0" })).toThrow(/BACKUP_KEEP/);
    expect(() => parseConfig({ DATA_DIR: dataDir, BACKUP_INTERVAL_HOURS: "daily" })).toThrow(/BACKUP_INTERVAL_HOURS/);
  });
});
