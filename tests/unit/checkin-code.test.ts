import { utils } from "@noble/ed25519";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { checkInPublicKeyOf, createCheckInCode, isSignedCheckInCode, verifyCheckInCode } from "@/lib/checkin/code";

const secretKey = utils.randomSecretKey();
const otherSecretKey = utils.randomSecretKey();
let publicKey: string;
let code: string;

const issuedAt = Date.UTC(2026, 11, 6, 9, 0) / 1000;
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** The code with the character at `index` replaced by the next one of the base64url alphabet. */
function changed(text: string, index: number): string {
  const next = BASE64URL[(BASE64URL.indexOf(text[index] ?? "A") + 1) % 64];
  return `${text.slice(0, index)}${next}${text.slice(index + 1)}`;
}

beforeAll(async () => {
  publicKey = await checkInPublicKeyOf(secretKey);
  code = await createCheckInCode({ eventId: 42, registrationId: 1234, issuedAt }, secretKey);
});

describe("signed check-in codes", () => {
  it("are short, carry nothing but the format, payload and signature, and verify with the public key", async () => {
    expect(code).toMatch(/^DLG1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
    // A QR of version 6 (41 × 41 modules) at error correction M holds 106 bytes.
    expect(code.length).toBeLessThanOrEqual(106);
    expect(isSignedCheckInCode(code)).toBe(true);
    expect(await verifyCheckInCode(code, publicKey)).toEqual({ eventId: 42, registrationId: 1234 });
    expect(Buffer.from(publicKey, "base64url")).toHaveLength(32);
  });

  it("verify large ids and refuse claims out of range when signing", async () => {
    const big = await createCheckInCode({ eventId: 2 ** 31 - 1, registrationId: 2 ** 31 - 1, issuedAt: 2 ** 40 }, secretKey);
    // Even at the largest ids, version 7 (45 × 45 modules) at M: 122 bytes.
    expect(big.length).toBeLessThanOrEqual(122);
    expect(await verifyCheckInCode(big, publicKey)).toEqual({ eventId: 2 ** 31 - 1, registrationId: 2 ** 31 - 1 });
    await expect(createCheckInCode({ eventId: 0, registrationId: 1, issuedAt }, secretKey)).rejects.toThrow(RangeError);
    await expect(createCheckInCode({ eventId: 1, registrationId: 1.5, issuedAt }, secretKey)).rejects.toThrow(RangeError);
  });

  it("refuse an altered payload, even one re-signed as a different registration with another key", async () => {
    const [prefix, payload, signature] = code.split(".");
    const other = await createCheckInCode({ eventId: 42, registrationId: 1235, issuedAt }, otherSecretKey);
    expect(await verifyCheckInCode(`${prefix}.${other.split(".")[1]}.${signature}`, publicKey)).toBeNull();
    expect(await verifyCheckInCode(changed(code, 5), publicKey)).toBeNull();
    expect(await verifyCheckInCode(`DLG2.${payload}.${signature}`, publicKey)).toBeNull();
  });

  it("refuse an altered signature, including its last character's unused bits", async () => {
    expect(await verifyCheckInCode(changed(code, code.length - 10), publicKey)).toBeNull();
    // The last of 86 characters carries 4 bits of the signature and 2 unused ones: a base64
    // decoder that ignores those would read the same signature.
    const last = code.at(-1) ?? "A";
    const sameBits = BASE64URL[(BASE64URL.indexOf(last) & ~3) | ((BASE64URL.indexOf(last) + 1) & 3)];
    expect(await verifyCheckInCode(`${code.slice(0, -1)}${sameBits}`, publicKey)).toBeNull();
  });

  it("refuse a code signed with another key, and a code checked against a key that is not one", async () => {
    const forged = await createCheckInCode({ eventId: 42, registrationId: 1234, issuedAt }, otherSecretKey);
    expect(isSignedCheckInCode(forged)).toBe(true);
    expect(await verifyCheckInCode(forged, publicKey)).toBeNull();
    expect(await verifyCheckInCode(code, "")).toBeNull();
    expect(await verifyCheckInCode(code, "not a key")).toBeNull();
    expect(await verifyCheckInCode(code, publicKey.slice(0, -2))).toBeNull();
  });

  it("name their own dialogue: the caller refuses a code of another one by its event id", async () => {
    const otherEvent = await createCheckInCode({ eventId: 43, registrationId: 1234, issuedAt }, secretKey);
    expect(await verifyCheckInCode(otherEvent, publicKey)).toEqual({ eventId: 43, registrationId: 1234 });
    expect(otherEvent.split(".")[1]).not.toBe(code.split(".")[1]);
  });

  it("refuse truncated codes and garbage without throwing", async () => {
    for (let length = 0; length < code.length; length++) expect(await verifyCheckInCode(code.slice(0, length), publicKey)).toBeNull();
    const garbage = ["", "DLG1..", "DLG1.AAAA.", `DLG1.AAAA.${"A".repeat(86)}`, `${code}.x`, `${code} `, "x".repeat(10_000), "DLG1.💥.💥"];
    for (const text of garbage) expect(await verifyCheckInCode(text, publicKey)).toBeNull();
    for (const text of [null, undefined, 42, {}] as unknown as string[]) {
      expect(await verifyCheckInCode(text, publicKey)).toBeNull();
      expect(isSignedCheckInCode(text)).toBe(false);
    }
    expect(isSignedCheckInCode("k2V0pS8n7Yc0xv6tD8o7lQ8P2a9bE5hZ3kL1mN4qR6s")).toBe(false);
  });

  it("property: verify never throws and never accepts a code changed in any way", async () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 3 }) }),
      fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 3 }) }),
      fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), text: fc.constant("") }),
      fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), text: fc.constant("") }),
    );
    await fc.assert(
      fc.asyncProperty(mutation, async ({ kind, at, text }) => {
        const index = at % code.length;
        const mutated =
          kind === "replace"
            ? `${code.slice(0, index)}${text}${code.slice(index + text.length)}`
            : kind === "insert"
              ? `${code.slice(0, index)}${text}${code.slice(index)}`
              : kind === "delete"
                ? `${code.slice(0, index)}${code.slice(index + 1)}`
                : changed(code, index);
        fc.pre(mutated !== code);
        expect(await verifyCheckInCode(mutated, publicKey)).toBeNull();
      }),
      { numRuns: 500 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (text, key) => {
        expect(await verifyCheckInCode(text, key)).toBeNull();
        expect(await verifyCheckInCode(`DLG1.${text}`, publicKey)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
