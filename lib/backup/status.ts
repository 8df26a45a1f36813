import "server-only";
import { config } from "@/lib/config";
import { listBackups } from "./manifest";

export type LastBackup = { createdAt: Date; bytes: number } | null;

/** The newest backup in the configured folder, for the administrators' dashboard. */
export function lastBackup(): LastBackup {
  const [newest] = listBackups(config().backup.dir);
  return newest ? { createdAt: newest.createdAt, bytes: newest.bytes } : null;
}
