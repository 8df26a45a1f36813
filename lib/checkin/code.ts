import { getPublicKeyAsync, signAsync, verifyAsync } from "@noble/ed25519";

/**
 * The check-in code a QR carries: `DLG1.<payload>.<signature>`, both parts base64url without
 * padding. The payload holds the event id, the registration id and the time of issue (seconds),
 * as three unsigned LEB128 numbers: about 10 bytes, nothing personal. The signature is Ed25519
 * over the ASCII text `DLG1.<payload>` (so the version is signed too), by the server's key.
 *
 * Isomorphic: the check-in page verifies codes in the browser with the public key alone, so a
 * scanner with no network accepts a delegate registered after its last sync and refuses a
 * forged or altered code. No server or Node module here.
 */
const PREFIX = "DLG1";
const SIGNATURE_BYTES = 64;
const KEY_BYTES = 32;
/** Ids are PostgreSQL `serial` (int4); times fit in 2^40 seconds for a long while. */
const MAX_ID = 2 ** 31 - 1;
const MAX_TIME = 2 ** 40;
/** Three numbers of at most 6 LEB128 bytes each. */
const MAX_PAYLOAD_BYTES = 18;

const shape = new RegExp(`^${PREFIX}\\.([A-Za-z0-9_-]{2,24})\\.([A-Za-z0-9_-]{86})$`);

type CheckInCodeClaims = { eventId: number; registrationId: number; issuedAt: number };

/** Whether the text has the form of a signed code (not whether the signature holds). */
export function isSignedCheckInCode(text: string): boolean {
  return typeof text === "string" && shape.test(text);
}

/** The signed code for these claims (issuedAt in whole seconds since 1970). */
export async function createCheckInCode(claims: CheckInCodeClaims, secretKey: Uint8Array): Promise<string> {
  const { eventId, registrationId, issuedAt } = claims;
  if (!isId(eventId) || !isId(registrationId) || !isCount(issuedAt, MAX_TIME)) throw new RangeError("check-in code claims out of range");
  const signed = `${PREFIX}.${toBase64Url(Uint8Array.from([...leb128(eventId), ...leb128(registrationId), ...leb128(issuedAt)]))}`;
  const signature = await signAsync(ascii(signed), secretKey);
  return `${signed}.${toBase64Url(signature)}`;
}

/** The public key (base64url of the raw 32 bytes) that verifies codes signed with this secret key. */
export async function checkInPublicKeyOf(secretKey: Uint8Array): Promise<string> {
  return toBase64Url(await getPublicKeyAsync(secretKey));
}

/**
 * The dialogue and registration a code names, or null for anything that is not a well-formed code
 * signed by the holder of `publicKey` (base64url, raw 32 bytes). Never throws.
 */
export async function verifyCheckInCode(text: string, publicKey: string): Promise<{ eventId: number; registrationId: number } | null> {
  try {
    const match = typeof text === "string" ? shape.exec(text) : null;
    const key = typeof publicKey === "string" ? fromBase64Url(publicKey) : null;
    if (!match || key?.length !== KEY_BYTES) return null;
    const [, payloadText = "", signatureText = ""] = match;
    const payload = fromBase64Url(payloadText);
    const signature = fromBase64Url(signatureText);
    if (!payload || payload.length > MAX_PAYLOAD_BYTES || signature?.length !== SIGNATURE_BYTES) return null;
    const claims = readClaims(payload);
    if (!claims) return null;
    // RFC 8032's strict rules (not ZIP-215): one valid encoding per signature, so no altered code passes.
    const valid = await verifyAsync(signature, ascii(`${PREFIX}.${payloadText}`), key, { zip215: false });
    return valid ? { eventId: claims.eventId, registrationId: claims.registrationId } : null;
  } catch {
    return null;
  }
}

function readClaims(payload: Uint8Array): CheckInCodeClaims | null {
  const numbers: number[] = [];
  let at = 0;
  while (at < payload.length) {
    let value = 0;
    let scale = 1;
    let byte: number;
    const start = at;
    do {
      if (at >= payload.length || at - start >= 6) return null;
      byte = payload[at++] ?? 0;
      value += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80);
    // A trailing zero group would be a second spelling of the same number.
    if (byte === 0 && at - start > 1) return null;
    numbers.push(value);
  }
  const [eventId, registrationId, issuedAt] = numbers;
  if (numbers.length !== 3 || !isId(eventId) || !isId(registrationId) || !isCount(issuedAt, MAX_TIME)) return null;
  return { eventId, registrationId, issuedAt };
}

function isCount(value: number | undefined, max: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= max;
}

function isId(value: number | undefined): value is number {
  return isCount(value, MAX_ID) && value > 0;
}

function leb128(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  do {
    const low = rest % 128;
    rest = Math.floor(rest / 128);
    bytes.push(rest > 0 ? low | 0x80 : low);
  } while (rest > 0);
  return bytes;
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function toBase64Url(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) text += ALPHABET[(chunk >> (18 - 6 * c)) & 63];
  }
  return text;
}

/**
 * Strict base64url: the bytes, or null when the text is not the one canonical spelling of some
 * bytes (a changed unused low bit in the last character would otherwise decode to the same bytes).
 */
function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const char of text) {
    buffer = ((buffer << 6) | ALPHABET.indexOf(char)) & 0xfff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero.
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return bytes;
}
