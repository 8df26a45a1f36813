import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import { config } from "./config";

/**
 * The one place that decides who a request comes from (rate limits, sign-in back-off): everyone
 * calls clientAddress(headers), or clientLimitKey(headers) for what rate limits count.
 *
 * The TCP peer is stamped on every request by the HTTP server itself (lib/socket-address.ts,
 * installed from instrumentation.ts) under SOCKET_ADDRESS_HEADER, overwriting whatever a client
 * sent under that name. X-Forwarded-For is written by whoever sent the request, so only its
 * entries appended by our own proxies can be believed: with `TRUSTED_PROXY_HOPS=n`, the n-th entry
 * from the right is the address the outermost trusted proxy saw. With 0 (the default: clients
 * connect to the app directly) the header is ignored.
 */
export const SOCKET_ADDRESS_HEADER = "x-dialogos-socket-address";

/** Used when no address can be known: such requests share one bucket rather than none. */
const UNKNOWN_ADDRESS = "unknown";

type HeaderSource = Pick<Headers, "get">;

const g = globalThis as typeof globalThis & { __dialogosSocketStampNonce?: string; __dialogosWarnedUnknownAddress?: boolean };

/** The random value of this process's stamps, once lib/socket-address.ts has installed them. */
export function socketStampNonce(): string | undefined {
  return g.__dialogosSocketStampNonce;
}

/** Called once by lib/socket-address.ts when it starts stamping requests. */
export function setSocketStampNonce(nonce: string): void {
  g.__dialogosSocketStampNonce = nonce;
}

/**
 * The client address of a request (server actions: `await headers()`; route handlers and
 * Auth.js: `request.headers`), as TRUSTED_PROXY_HOPS says to read it.
 */
function clientAddress(headers: HeaderSource | undefined): string {
  const nonce = socketStampNonce();
  const address = headers ? clientAddressFrom(headers, config().trustedProxyHops, nonce) : UNKNOWN_ADDRESS;
  if (address === UNKNOWN_ADDRESS && !g.__dialogosWarnedUnknownAddress && nonce) {
    g.__dialogosWarnedUnknownAddress = true;
    console.warn("[dialogos] A request without a known client address: rate limits count such requests together.");
  }
  return address;
}

/** What rate limits count for this request's client (IPv6 by /64 network). */
export function clientLimitKey(headers: HeaderSource | undefined): string {
  return addressLimitKey(clientAddress(headers));
}

/**
 * The stamp is "<nonce> <address>", the nonce being a random value of this process: a header of
 * that name sent by a client before the stamp was installed (or anywhere it is not) is not believed.
 */
export function stampValue(nonce: string, address: string | undefined): string {
  return `${nonce} ${address ?? ""}`;
}

/** The client's address: the socket peer, or the n-th X-Forwarded-For hop from the right. */
export function clientAddressFrom(headers: HeaderSource, trustedProxyHops: number, stampNonce: string | undefined): string {
  const stamp = headers.get(SOCKET_ADDRESS_HEADER) ?? "";
  const socket = stampNonce && stamp.startsWith(`${stampNonce} `) ? canonical(stamp.slice(stampNonce.length + 1)) : null;
  if (trustedProxyHops <= 0 || !socket) return socket ?? UNKNOWN_ADDRESS;
  // Every hop appends the address it received the request from, so the right end is ours and
  // the left end is whatever the client chose to send.
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  // Fewer entries than trusted proxies: the request skipped a proxy; the leftmost is the
  // furthest any trusted party saw (as Express's "trust proxy" with a hop count does).
  const chosen = hops.length === 0 ? undefined : hops[Math.max(0, hops.length - trustedProxyHops)];
  return canonical(chosen ?? null) ?? socket;
}

/**
 * The key counted for an address: IPv4 as is, IPv6 by its /64 network, since one subscriber
 * usually holds a whole /64 and could otherwise rotate through 2^64 addresses.
 */
export function addressLimitKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const parts = ipaddr.IPv6.parse(address).parts.slice(0, 4);
  return `${parts.map((part) => part.toString(16)).join(":")}::/64`;
}

/** A parsed IP address in its canonical text form (IPv4-mapped IPv6 as IPv4), or null. */
function canonical(value: string | null): string | null {
  if (!value) return null;
  const text = value.trim().replace(/^\[(.*)\]$/, "$1");
  // node:net is strict (no "0x7f.1" or "127.1" forms that ipaddr.js would also accept).
  if (isIP(text) === 0) return null;
  const parsed = ipaddr.parse(text);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (parsed as ipaddr.IPv6).toIPv4Address().toString();
  }
  return parsed.toString();
}
