import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makePrivateDir, PRIVATE_FILE_MODE } from "@/db/private-files";

type EmbeddedSecrets = { authSecret: string; checkInSigningKey: string };

/**
 * Secrets of the embedded default (no DATABASE_URL), generated on first start and kept beside its
 * data in DATA_DIR/secrets.json, so a newcomer sets nothing. Only lib/config.ts calls this.
 */
export function embeddedSecrets(dataDir: string): EmbeddedSecrets {
  const file = join(/*turbopackIgnore: true*/ dataDir, "secrets.json");
  // Only the server's own account may read the data folder (an older version left it open).
  makePrivateDir(dataDir);
  if (existsSync(file)) {
    chmodSync(file, PRIVATE_FILE_MODE);
    const stored = JSON.parse(readFileSync(file, "utf8")) as Partial<EmbeddedSecrets>;
    if (stored.authSecret && stored.checkInSigningKey)
      return { authSecret: stored.authSecret, checkInSigningKey: stored.checkInSigningKey };
    if (stored.authSecret) return addCheckInSigningKey(file, { ...stored, authSecret: stored.authSecret });
  }
  const secrets = { authSecret: randomBytes(33).toString("base64url"), checkInSigningKey: newCheckInSigningKey() };
  // "wx" fails if another process wrote the file first; then that process's secret wins.
  try {
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: PRIVATE_FILE_MODE, flag: "wx" });
    return secrets;
  } catch {
    return embeddedSecrets(dataDir);
  }
}

/** An Ed25519 private key (its 32-byte seed), base64url: what CHECKIN_SIGNING_KEY holds on a server. */
function newCheckInSigningKey(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * A data folder from before signed check-in codes: its secrets gain a check-in key, written whole
 * beside the file and renamed over it (never a half-written file); the stored file is then read
 * back, so that a process which raced this one ends up with the same key.
 */
function addCheckInSigningKey(file: string, stored: Partial<EmbeddedSecrets> & { authSecret: string }): EmbeddedSecrets {
  const next = `${file}.${process.pid}.tmp`;
  writeFileSync(next, `${JSON.stringify({ ...stored, checkInSigningKey: newCheckInSigningKey() }, null, 2)}\n`, {
    mode: PRIVATE_FILE_MODE,
  });
  renameSync(next, file);
  const written = JSON.parse(readFileSync(file, "utf8")) as EmbeddedSecrets;
  return { authSecret: written.authSecret, checkInSigningKey: written.checkInSigningKey };
}
