import "server-only";
import { consumeLimit, type LimitPolicy, resetLimit, signInLimit } from "@/lib/rate-limit";

/**
 * Sign-in attempts are counted twice: per client address and account (stops one guesser fast)
 * and per account alone (stops a guesser spread over many addresses). Unknown addresses are counted
 * exactly like known ones, so the limit never tells whether an account exists.
 */
export const signInByAddressAndEmail: LimitPolicy = signInLimit;
export const signInByEmail: LimitPolicy = { name: "sign-in-email", points: 30, durationSeconds: 15 * 60 };

/** The client's address as the proxy in front reports it (first hop of X-Forwarded-For). */
export function clientAddress(request: Request | undefined): string {
  const forwarded = request?.headers.get("x-forwarded-for") ?? "";
  return forwarded.split(",")[0]?.trim() || request?.headers.get("x-real-ip") || "unknown";
}

const keys = (address: string, email: string) => {
  const account = email.trim().toLowerCase();
  return { pair: `${address}|${account}`, account };
};

/** Counts one attempt; false once either limit is used up. */
export async function allowSignInAttempt(address: string, email: string): Promise<boolean> {
  const { pair, account } = keys(address, email);
  const byPair = await consumeLimit(signInByAddressAndEmail, pair);
  if (!byPair.ok) return false;
  const byAccount = await consumeLimit(signInByEmail, account);
  return byAccount.ok;
}

/** After a successful sign-in the counters start again. */
export async function clearSignInAttempts(address: string, email: string): Promise<void> {
  const { pair, account } = keys(address, email);
  await Promise.all([resetLimit(signInByAddressAndEmail, pair), resetLimit(signInByEmail, account)]);
}
