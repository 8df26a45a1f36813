import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { delimiter, join } from "node:path";
import { BackupError } from "./manifest";

/**
 * PostgreSQL's own client tools, for backing up and restoring a server. pg_dump must be at least as
 * new as the server, so the newest one found wins: Debian's /usr/lib/postgresql/<major>/bin first,
 * then PATH.
 */
export type PgTool = "pg_dump" | "pg_restore";

function candidates(tool: PgTool): string[] {
  const found: string[] = [];
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    for (const major of readdirSync(debian)) found.push(join(debian, major, "bin", tool));
  }
  for (const dir of (process.env.PATH ?? "").split(delimiter)) if (dir) found.push(join(dir, tool));
  return found.filter((path) => existsSync(path));
}

function majorVersion(binary: string): number {
  const out = spawnSync(binary, ["--version"], { encoding: "utf8" });
  const match = /(\d+)(?:\.\d+)?/.exec(out.stdout ?? "");
  return match ? Number(match[1]) : 0;
}

/** The newest `tool` installed, refused with a readable message if it is missing or older than the server. */
export function findPgTool(tool: PgTool, serverMajor: number): string {
  const found = candidates(tool)
    .map((path) => ({ path, major: majorVersion(path) }))
    .sort((a, b) => b.major - a.major)[0];
  if (!found) {
    throw new BackupError(
      `${tool} was not found (looked in /usr/lib/postgresql/*/bin and PATH). Install PostgreSQL's client tools, ` +
        `version ${serverMajor} or newer (Debian: apt-get install postgresql-client).`,
    );
  }
  if (found.major < serverMajor) {
    throw new BackupError(
      `${tool} ${found.major} (${found.path}) is older than the server (${serverMajor}): install version ${serverMajor} or newer of PostgreSQL's client tools.`,
    );
  }
  return found.path;
}

/** Runs a tool to completion; its stderr becomes the error message. */
export function runPgTool(binary: string, args: string[], url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...libpqEnv(url) };
    const child = spawn(binary, args, { stdio: ["ignore", "ignore", "pipe"], env });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new BackupError(`${binary.split("/").pop()} failed: ${stderr.trim() || `exit code ${code}`}`)),
    );
  });
}

/**
 * The connection as libpq environment variables: a password on a command line is visible to every
 * user of the machine (ps), one in the child's environment is not.
 */
export function libpqEnv(url: string): Record<string, string> {
  const u = new URL(url);
  const env: Record<string, string> = {
    PGHOST: decodeURIComponent(u.hostname) || "localhost",
    PGPORT: u.port || "5432",
    PGDATABASE: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
  };
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const sslmode = u.searchParams.get("sslmode");
  if (sslmode) env.PGSSLMODE = sslmode;
  const host = u.searchParams.get("host");
  if (host) env.PGHOST = host;
  return env;
}
