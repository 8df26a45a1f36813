// Helpers shared by the backup, restore and move-to-postgres commands (run with tsx).
import { join } from "node:path";
import { ConfigError } from "@/lib/config";
import { askRunningApp, listenForAppCommands } from "./app-socket";
import { BackupError } from "./manifest";

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

export function embeddedDatabaseDir(dataDir: string): string {
  return join(dataDir, "pglite");
}

/**
 * Claims the embedded data folder for this command: refused while the app runs on it, and while the
 * command works the app (which checks the same socket at start) refuses to start on it.
 */
export async function claimDataFolder(dataDir: string, doing: string): Promise<() => void> {
  if (await askRunningApp(dataDir, "ping", 5_000)) {
    throw new BackupError(
      `The app is running on ${dataDir}: stop it before you ${doing} (only one process may open the embedded database).`,
    );
  }
  const server = listenForAppCommands(dataDir, {});
  return () => server?.close();
}

/** Runs a command's main function: readable messages for expected failures, exit code 1 for all. */
export function runCommand(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof BackupError || error instanceof ConfigError) console.error(`\n${error.message}\n`);
    else console.error(error);
    process.exit(1);
  });
}
