import "server-only";
import { hash, verify } from "@node-rs/argon2";

/** argon2id with the library defaults (19 MiB, 2 passes, 1 lane: the OWASP minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A real hash of a random password: checking against it when no account matches makes a
// sign-in for an unknown address take as long as one for a known address.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$KanKWN8JvESCbKWG3ehG1w$DJIpBFKVFmBYSU776GnxxPoQ1OAStyI4KAENMAJ0vZg";

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  try {
    return (await verify(storedHash ?? DUMMY_HASH, password)) && storedHash !== null;
  } catch {
    return false;
  }
}
