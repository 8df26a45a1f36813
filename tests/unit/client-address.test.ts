import { describe, expect, it } from "vitest";
import { emailKey } from "@/db/schema/email-key";
import { addressLimitKey, clientAddressFrom, SOCKET_ADDRESS_HEADER, stampValue } from "@/lib/client-address";

const NONCE = "process-nonce";
const request = (socket: string | undefined, forwardedFor?: string, stamp = NONCE) => {
  const headers = new Headers();
  if (socket !== undefined) headers.set(SOCKET_ADDRESS_HEADER, stampValue(stamp, socket));
  if (forwardedFor !== undefined) headers.set("x-forwarded-for", forwardedFor);
  return headers;
};

describe("client address", () => {
  it("is the socket peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddressFrom(request("198.51.100.7"), 0, NONCE)).toBe("198.51.100.7");
    for (const forged of ["203.0.113.1", "10.0.0.1, 203.0.113.1", "garbage"]) {
      expect(clientAddressFrom(request("198.51.100.7", forged), 0, NONCE)).toBe("198.51.100.7");
    }
  });

  it("takes the n-th X-Forwarded-For hop from the right with n trusted proxies", () => {
    // The client wrote "6.6.6.6"; our one proxy appended the address it saw.
    expect(clientAddressFrom(request("10.0.0.2", "6.6.6.6, 198.51.100.7"), 1, NONCE)).toBe("198.51.100.7");
    // Two proxies: the outer one appended the client, the inner one appended the outer proxy.
    expect(clientAddressFrom(request("10.0.0.3", "6.6.6.6, 198.51.100.7, 10.0.0.2"), 2, NONCE)).toBe("198.51.100.7");
    // Fewer hops than trusted proxies: the furthest one any trusted party saw.
    expect(clientAddressFrom(request("10.0.0.3", "198.51.100.7"), 2, NONCE)).toBe("198.51.100.7");
    // No header at all (a request that bypassed the proxy): the socket.
    expect(clientAddressFrom(request("10.0.0.3"), 1, NONCE)).toBe("10.0.0.3");
    // Not an address where a trusted proxy should have written one: the socket, not the text.
    expect(clientAddressFrom(request("10.0.0.3", "6.6.6.6, not-an-ip"), 1, NONCE)).toBe("10.0.0.3");
  });

  it("believes only its own process's stamp of the socket address", () => {
    expect(clientAddressFrom(request("198.51.100.7", undefined, "forged"), 0, NONCE)).toBe("unknown");
    expect(clientAddressFrom(request("198.51.100.7"), 0, undefined)).toBe("unknown");
    expect(clientAddressFrom(request(undefined), 0, NONCE)).toBe("unknown");
    expect(clientAddressFrom(request(""), 0, NONCE)).toBe("unknown");
  });

  it("writes addresses one way: IPv4-mapped IPv6 as IPv4, IPv6 compressed, strict parsing", () => {
    expect(clientAddressFrom(request("::ffff:127.0.0.1"), 0, NONCE)).toBe("127.0.0.1");
    expect(clientAddressFrom(request("2001:DB8:0:0:0:0:0:1"), 0, NONCE)).toBe("2001:db8::1");
    expect(clientAddressFrom(request("10.0.0.2", "[2001:db8::7]"), 1, NONCE)).toBe("2001:db8::7");
    expect(clientAddressFrom(request("10.0.0.2", "127.1"), 1, NONCE)).toBe("10.0.0.2");
  });

  it("counts IPv6 clients by their /64 network and IPv4 clients by address", () => {
    expect(addressLimitKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressLimitKey("2001:db8:1:2:bbbb::9")).toBe("2001:db8:1:2::/64");
    expect(addressLimitKey("198.51.100.7")).toBe("198.51.100.7");
    expect(addressLimitKey("unknown")).toBe("unknown");
  });
});

describe("email key", () => {
  it("folds case and drops a +tag, so variants of one mailbox are one person", () => {
    expect(emailKey(" Ana.Perez+dialogo@Example.ORG ")).toBe("ana.perez@example.org");
    expect(emailKey("ana+a+b@example.org")).toBe("ana@example.org");
    expect(emailKey("ana@example.org")).toBe("ana@example.org");
  });
});
