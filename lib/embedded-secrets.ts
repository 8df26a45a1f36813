import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makePrivateDir, PRIVATE_FILE_MODE } from "@/db/private-files";

type EmbeddedSecrets = { authSecret: string };

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
    if (stored.authSecret) return { authSecret: stored.authSecret };
  }
  const secrets = { authSecret: randomBytes(33).toString("base64url") };
  // "wx" fails if another process wrote the file first; then that process's secret wins.
  try {
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: PRIVATE_FILE_MODE, flag: "wx" });
    return secrets;
  } catch {
    return embeddedSecrets(dataDir);
  }
}
