import { randomBytes } from "node:crypto";
import http from "node:http";
import { SOCKET_ADDRESS_HEADER, setSocketStampNonce, socketStampNonce, stampValue } from "./client-address";
import { isDecodablePath } from "./security/path-guard";

/**
 * Next.js gives server actions and route handlers no access to the TCP socket, and only sets
 * X-Forwarded-For to the peer when the client did not send one itself. So, once per process,
 * every HTTP server's "request" event first writes the peer's address into the request's headers
 * under our own name, replacing any value a client sent under it. Everything later (proxy.ts,
 * actions, route handlers, Auth.js) reads it through lib/client-address.ts. A path Next would
 * answer 500 to (see ./security/path-guard.ts) is refused here with 400, before Next sees it.
 */
export function stampSocketAddresses(): void {
  if (socketStampNonce()) return;
  const nonce = randomBytes(16).toString("base64url");
  const prototype = http.Server.prototype as http.Server & { emit: (event: string | symbol, ...args: unknown[]) => boolean };
  const emit = prototype.emit;
  prototype.emit = function stampedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      if (!isDecodablePath(request.url)) {
        const response = args[1] as http.ServerResponse;
        response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
        response.end("400 Bad Request: malformed percent-encoding in the path\n");
        return true;
      }
      request.headers[SOCKET_ADDRESS_HEADER] = stampValue(nonce, request.socket?.remoteAddress);
    }
    return emit.call(this, event, ...args);
  };
  setSocketStampNonce(nonce);
}
