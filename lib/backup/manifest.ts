import { createHash } from "node:crypto";
import { createReadStream, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { z } from "zod";

/**
 * A backup is a folder `dialogos-<UTC time>` holding manifest.json and the files it lists: the
 * database (database.tar.gz, PGlite's own data-folder dump, or database.pgdump, pg_dump's custom
 * format), secrets.json and uploads/ when they exist. The manifest records each file's size and
 * SHA-256 (a truncated or altered copy is refused before anything is touched), the schema version
 * and each table's row count and checksum (a restore proves it got the same data back).
 */
export const MANIFEST = "manifest.json";
const BACKUP_PREFIX = "dialogos-";

const migration = z.object({ hash: z.string(), createdAt: z.number() });
const fileEntry = z.object({ path: z.string(), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

const manifestSchema = z.object({
  format: z.literal("dialogos-backup"),
  formatVersion: z.literal(1),
  createdAt: z.iso.datetime(),
  source: z.enum(["pglite", "postgres"]),
  serverVersion: z.string(),
  database: z.object({ file: z.string(), kind: z.enum(["pglite-datadir", "pg_dump-custom"]) }),
  migrations: z.array(migration),
  tables: z.record(z.string(), z.object({ rows: z.number().int().nonnegative(), checksum: z.string() })),
  files: z.array(fileEntry),
  notes: z.array(z.string()),
});
export type Manifest = z.infer<typeof manifestSchema>;
export type FileEntry = z.infer<typeof fileEntry>;

export class BackupError extends Error {
  override name = "BackupError";
}

export function backupFolderName(at: Date): string {
  // Colons are not allowed in Windows file names, and sort order must follow time.
  return (
    BACKUP_PREFIX +
    at
      .toISOString()
      .replace(/:/g, "-")
      .replace(/\.\d{3}Z$/, "Z")
  );
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export async function describeFile(folder: string, path: string): Promise<FileEntry> {
  const full = join(folder, path);
  return { path, bytes: statSync(full).size, sha256: await sha256File(full) };
}

export function writeManifest(folder: string, manifest: Manifest): void {
  writeFileSync(join(folder, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
}

/** The backup folder named by `path`: the folder itself, its manifest, or any file inside it. */
function backupFolderOf(path: string): string {
  if (!existsSync(path)) throw new BackupError(`${path} does not exist.`);
  return statSync(path).isDirectory() ? path : dirname(path);
}

/** Reads and checks a backup: a Diálogos manifest, and every file whole. Throws BackupError. */
export async function openBackup(path: string): Promise<{ folder: string; manifest: Manifest }> {
  const folder = backupFolderOf(path);
  const manifestPath = join(folder, MANIFEST);
  if (!existsSync(manifestPath)) {
    throw new BackupError(`${path} is not a Diálogos backup: there is no ${MANIFEST} in ${folder}. Nothing was changed.`);
  }
  let manifest: Manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestPath, "utf8")));
  } catch {
    throw new BackupError(`${manifestPath} is not a Diálogos backup manifest (unreadable or foreign). Nothing was changed.`);
  }
  for (const file of manifest.files) {
    const full = join(folder, file.path);
    if (!existsSync(full)) throw new BackupError(`The backup is incomplete: ${file.path} is missing. Nothing was changed.`);
    const size = statSync(full).size;
    if (size !== file.bytes || (await sha256File(full)) !== file.sha256) {
      throw new BackupError(
        `The backup is damaged: ${file.path} is ${size} bytes and does not match its checksum (expected ${file.bytes} bytes). ` +
          "It may be truncated or altered. Nothing was changed.",
      );
    }
  }
  return { folder, manifest };
}

export type BackupListing = { folder: string; createdAt: Date; bytes: number };

/** The backups in `dir`, newest first (folders with a readable manifest only). */
export function listBackups(dir: string): BackupListing[] {
  if (!existsSync(dir)) return [];
  const found: BackupListing[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(BACKUP_PREFIX)) continue;
    const folder = join(dir, name);
    try {
      const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(folder, MANIFEST), "utf8")));
      const bytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
      found.push({ folder, createdAt: new Date(manifest.createdAt), bytes });
    } catch {
      // A backup still being written, or not a backup: neither listed nor pruned.
    }
  }
  return found.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** Deletes all but the newest `keep` backups; returns the folders removed. */
export function pruneBackups(dir: string, keep: number): string[] {
  const old = listBackups(dir).slice(Math.max(1, keep));
  for (const backup of old) rmSync(backup.folder, { recursive: true, force: true });
  return old.map((b) => basename(b.folder));
}
