import { randomInt } from "node:crypto";
import http from "node:http";

/**
 * HTTP from a chosen loopback source address (127.0.0.0/8 is all loopback on Linux): the server
 * sees another client, as it would another machine. Browsers in the tests connect from 127.0.0.1.
 */
export function randomLoopbackAddress(): string {
  return `127.${randomInt(10, 250)}.${randomInt(0, 255)}.${randomInt(1, 254)}`;
}

export type PlainResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

export async function requestFrom(
  localAddress: string,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: FormData | URLSearchParams } = {},
): Promise<PlainResponse> {
  // Let the platform encode the body (multipart boundary or urlencoded), then send it with node:http,
  // which can bind the source address.
  const encoded = init.body ? new Request("http://encode.invalid", { method: "POST", body: init.body }) : undefined;
  const body = encoded ? Buffer.from(await encoded.arrayBuffer()) : undefined;
  const headers: Record<string, string> = { ...init.headers };
  if (encoded && body) {
    headers["content-type"] = encoded.headers.get("content-type")!;
    headers["content-length"] = String(body.length);
  }
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: init.method ?? (body ? "POST" : "GET"), headers, localAddress }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** A different made-up X-Forwarded-For on every call, as an attacker rotating it would send. */
export function rotatingForwardedFor(i: number): string {
  return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}, 192.0.2.${i & 255}`;
}
