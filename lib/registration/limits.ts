import "server-only";
import { emailKey } from "@/db/schema/email-key";
import { clientLimitKey } from "@/lib/client-address";
import { config } from "@/lib/config";
import { consumeLimit, type LimitPolicy, type LimitResult } from "@/lib/rate-limit";
import { hashToken } from "@/lib/tokens";

/** Counters name a mailbox by the SHA-256 of its key, so the table holds no address in clear. */
export const emailLimitKey = (email: string) => `email:${hashToken(emailKey(email))}`;

/** Registration posts per client address: a ministry's office behind one address can still register a handful. */
function registrationAddressLimit(): LimitPolicy {
  const { registrationsPerAddress, registrationWindowSeconds } = config().limits;
  return { name: "register", points: registrationsPerAddress, durationSeconds: registrationWindowSeconds };
}

/** Registration posts per email address ("+tag" removed, case folded), so nobody floods an inbox. */
export function registrationEmailLimit(): LimitPolicy {
  const { registrationsPerEmail, registrationWindowSeconds } = config().limits;
  return { name: "register-email", points: registrationsPerEmail, durationSeconds: registrationWindowSeconds };
}

/** "Send me my link again": per client address and per email address. */
export const manageLinkLimit: LimitPolicy = { name: "manage-link", points: 10, durationSeconds: 10 * 60 };

/**
 * Counts one registration post against the client address, then (if still allowed) against the
 * typed email address. Counted before the form is parsed: a flood of invalid posts counts too.
 */
export async function allowRegistrationPost(headers: Pick<Headers, "get">, email: unknown): Promise<LimitResult> {
  const byAddress = await consumeLimit(registrationAddressLimit(), `ip:${clientLimitKey(headers)}`);
  if (!byAddress.ok || typeof email !== "string" || !email.includes("@")) return byAddress;
  return consumeLimit(registrationEmailLimit(), emailLimitKey(email.slice(0, 254)));
}

/** Counts one lost-link request against the client address, then the email address. */
export async function allowManageLinkRequest(headers: Pick<Headers, "get">, email: string): Promise<LimitResult> {
  const byAddress = await consumeLimit(manageLinkLimit, `ip:${clientLimitKey(headers)}`);
  if (!byAddress.ok) return byAddress;
  return consumeLimit(manageLinkLimit, emailLimitKey(email));
}
