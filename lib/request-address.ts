import "server-only";
import { addressLimitKey, clientAddressFrom, UNKNOWN_ADDRESS } from "./client-address";
import { config } from "./config";
import { socketStampNonce } from "./socket-address";

const g = globalThis as typeof globalThis & { __dialogosWarnedUnknownAddress?: boolean };

/**
 * The client address of a request (server actions: `await headers()`; route handlers and
 * Auth.js: `request.headers`), as TRUSTED_PROXY_HOPS says to read it. See lib/client-address.ts.
 */
function clientAddress(headers: Pick<Headers, "get"> | undefined): string {
  const address = headers ? clientAddressFrom(headers, config().trustedProxyHops, socketStampNonce()) : UNKNOWN_ADDRESS;
  if (address === UNKNOWN_ADDRESS && !g.__dialogosWarnedUnknownAddress && socketStampNonce()) {
    g.__dialogosWarnedUnknownAddress = true;
    console.warn("[dialogos] A request without a known client address: rate limits count such requests together.");
  }
  return address;
}

/** What rate limits count for this request's client (IPv6 by /64 network). */
export function clientLimitKey(headers: Pick<Headers, "get"> | undefined): string {
  return addressLimitKey(clientAddress(headers));
}
