import "server-only";
import { now } from "@/lib/clock";
import { config } from "@/lib/config";
import { checkInPublicKeyOf, createCheckInCode } from "./code";

/**
 * The server's side of the check-in codes (lib/checkin/code.ts): it signs them with the private
 * key of the secrets store (CHECKIN_SIGNING_KEY, or the embedded mode's generated one) and hands
 * out the public key that check-in devices verify them with. The key is never logged.
 */
let cached: { setting: string; secretKey: Uint8Array; publicKey: Promise<string> } | undefined;

function signingKey() {
  const setting = config().checkInSigningKey;
  if (cached?.setting !== setting) {
    // lib/config.ts checked it: 32 bytes in base64 or base64url (Node reads both).
    const secretKey = new Uint8Array(Buffer.from(setting, "base64"));
    cached = { setting, secretKey, publicKey: checkInPublicKeyOf(secretKey) };
  }
  return cached;
}

/** A fresh signed check-in code for this registration, issued now (drawn into each QR as it is drawn). */
export function signCheckInCode(eventId: number, registrationId: number): Promise<string> {
  return createCheckInCode({ eventId, registrationId, issuedAt: Math.floor(now().getTime() / 1000) }, signingKey().secretKey);
}

/** The public key that verifies the codes (base64url, raw 32 bytes): safe to hand to check-in devices. */
export function checkInPublicKey(): Promise<string> {
  return signingKey().publicKey;
}
