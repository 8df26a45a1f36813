import { isSignedCheckInCode, verifyCheckInCode } from "@/lib/checkin/code";
import type { Target } from "./decide";
import type { Roster } from "./types";

/**
 * What a QR code says, checked with the dialogue's public key and no network: a delegate of this
 * dialogue, a code of another dialogue, a forged or altered code, or an old unsigned token. A code
 * may come bare or at the end of a link, as the online desk reads it.
 */
export async function readCode(text: string, roster: Pick<Roster, "eventId" | "publicKey">): Promise<Target> {
  const code =
    text
      .trim()
      .split(/[/#?=]/)
      .filter(Boolean)
      .pop() ?? "";
  if (isSignedCheckInCode(code)) {
    const payload = await verifyCheckInCode(code, roster.publicKey);
    if (!payload) return { kind: "forged" };
    if (payload.eventId !== roster.eventId) return { kind: "otherDialogue" };
    return { kind: "registration", registrationId: payload.registrationId };
  }
  // Old tokens are long random strings; anything else is not a badge of ours.
  return /^[\w-]{16,200}$/.test(code) ? { kind: "unsigned", code } : { kind: "forged" };
}
