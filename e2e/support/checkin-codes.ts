import { checkInPublicKeyOf, createCheckInCode, verifyCheckInCode } from "@/lib/checkin/code";

/** The private key the server under test signs check-in codes with (set by playwright.config.ts). */
function serverKey(): Uint8Array {
  const key = process.env.E2E_CHECKIN_SIGNING_KEY;
  if (!key) throw new Error("E2E_CHECKIN_SIGNING_KEY is set by playwright.config.ts: run the tests through Playwright.");
  return new Uint8Array(Buffer.from(key, "base64url"));
}

/** What a device that checks the code offline learns from it: its dialogue and registration, or null if forged. */
export async function verifiedCheckInCode(code: string) {
  return verifyCheckInCode(code, await checkInPublicKeyOf(serverKey()));
}

/** A code as the server would sign it for this registration (what a badge printed today carries). */
export function signedCheckInCode(eventId: number, registrationId: number): Promise<string> {
  return createCheckInCode({ eventId, registrationId, issuedAt: Math.floor(Date.now() / 1000) }, serverKey());
}
