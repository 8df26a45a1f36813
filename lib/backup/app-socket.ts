import { chmodSync, existsSync, mkdirSync, unlinkSync } from "node:fs";
import { createConnection, createServer, type Server } from "node:net";
import { join } from "node:path";

/**
 * Only one process may open the embedded database, so while the app runs a CLI cannot open it to
 * back it up. The running app listens on a Unix socket in its data folder instead (local by nature,
 * guarded by the folder's permissions, no port, no token); `npm run backup` asks it to take the
 * backup with the same code, and `restore`/`move-to-postgres` use it to see that the app must be
 * stopped first.
 */
function appSocketPath(dataDir: string): string {
  return join(dataDir, "app.sock");
}

export type AppCommand = "ping" | "backup";
export type AppReply = { ok: true; result?: unknown } | { ok: false; error: string };
type Handlers = Partial<Record<AppCommand, () => Promise<unknown>>>;

/** Starts answering commands (embedded mode, in the app process). */
export function listenForAppCommands(dataDir: string, handlers: Handlers): Server | null {
  const path = appSocketPath(dataDir);
  // Unix socket paths are limited to about 100 bytes.
  if (Buffer.byteLength(path) > 100) {
    console.warn(`[dialogos] ${path} is too long for a socket: stop the app before running npm run backup.`);
    return null;
  }
  mkdirSync(dataDir, { recursive: true });
  // A socket left by a process that was killed; this process owns the data folder now.
  if (existsSync(path)) unlinkSync(path);
  const server = createServer((socket) => {
    let input = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      input += chunk;
      if (!input.includes("\n")) return;
      const command = input.trim() as AppCommand;
      const handler = command === "ping" ? async () => "pong" : handlers[command];
      const reply = handler
        ? handler().then(
            (result): AppReply => ({ ok: true, result }),
            (error: unknown): AppReply => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
          )
        : Promise.resolve<AppReply>({ ok: false, error: `unknown command ${command}` });
      void reply.then((answer) => socket.end(`${JSON.stringify(answer)}\n`));
    });
    socket.on("error", () => socket.destroy());
  });
  server.on("error", (error) => console.warn(`[dialogos] cannot listen on ${path}: ${error.message}`));
  server.listen(path, () => chmodSync(path, 0o600));
  server.unref();
  return server;
}

/** Sends a command to the app running on `dataDir`; `null` when no app is running there. */
export function askRunningApp(dataDir: string, command: AppCommand, timeoutMs = 10 * 60_000): Promise<AppReply | null> {
  const path = appSocketPath(dataDir);
  if (!existsSync(path)) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const socket = createConnection(path);
    let output = "";
    socket.setEncoding("utf8");
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`the running app did not answer within ${timeoutMs / 1000} s`)));
    socket.on("connect", () => socket.write(`${command}\n`));
    socket.on("data", (chunk: string) => (output += chunk));
    socket.on("end", () => {
      try {
        resolve(JSON.parse(output) as AppReply);
      } catch {
        reject(new Error("the running app gave an unreadable answer"));
      }
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      // A socket file with nobody behind it: the app was stopped without cleaning up.
      if (error.code === "ECONNREFUSED" || error.code === "ENOENT") resolve(null);
      else reject(error);
    });
  });
}
