// TEMPORARY SHIM (offline branch): replaced by helper `codes`' lib/checkin/code.ts at merge.
export function isSignedCheckInCode(text: string): boolean {
  return text.startsWith("DLG1.");
}

export async function verifyCheckInCode(_text: string, _publicKey: string): Promise<{ eventId: number; registrationId: number } | null> {
  return null;
}
