import { chmodSync, lstatSync, mkdirSync, readdirSync, type Stats } from "node:fs";
import { join } from "node:path";

/**
 * The data folder holds the embedded database (every delegate's personal data) and the generated
 * secrets: only the account that runs the server may read it. Folders 0700, files 0600.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * New files and folders of this process are private from now on. PGlite creates its files itself
 * (and keeps creating them: WAL segments, new tables), so a mode at creation is not enough: the
 * process's umask is what holds for all of them. Not allowed in worker threads, where the main
 * thread's umask already applies.
 */
export function keepNewFilesPrivate(): void {
  try {
    process.umask(0o077);
  } catch {
    // ERR_WORKER_UNSUPPORTED_OPERATION: a worker thread shares its process's umask.
  }
}

/** Creates `dir` (and parents) if needed, and makes it private whatever it was. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(dir, PRIVATE_DIR_MODE);
}

/**
 * Makes everything under `dir` private: what an earlier version (or a process with a laxer umask)
 * left world-readable is closed at the next start. Symbolic links are left alone.
 */
export function makeTreePrivate(dir: string): void {
  let stat: Stats;
  try {
    stat = lstatSync(dir);
  } catch {
    return;
  }
  if (stat.isSymbolicLink()) return;
  if (!stat.isDirectory()) {
    if ((stat.mode & 0o777) !== PRIVATE_FILE_MODE) chmodSync(dir, PRIVATE_FILE_MODE);
    return;
  }
  if ((stat.mode & 0o777) !== PRIVATE_DIR_MODE) chmodSync(dir, PRIVATE_DIR_MODE);
  for (const entry of readdirSync(dir)) makeTreePrivate(join(dir, entry));
}
