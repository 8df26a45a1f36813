#!/usr/bin/env node
// Fails when browser bundles carry server code: the database drivers and ORM, password hashing,
// mail, spreadsheets, rate limiting, or the generated secrets of the embedded default. Each marker
// is a string that survives minification (it is found in the server chunks of a build).
// Usage: node scripts/check-client-bundle.mjs [static dir, default $DIALOGOS_BUILD_DIR/static or .next/static] [data dir, default .data]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export const markers = {
  "drizzle-orm": "PgDialect",
  "postgres (postgres.js)": "CONNECTION_CLOSED",
  "@electric-sql/pglite": "PGlite",
  "@node-rs/argon2": "argon2",
  nodemailer: "Nodemailer",
  exceljs: "ExcelJS",
  "rate-limiter-flexible": "RateLimiterRes",
};

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".js") ? [path] : [];
  });
}

export function findServerCode(staticDir, secrets = []) {
  const found = [];
  for (const file of files(staticDir)) {
    const text = readFileSync(file, "utf8");
    for (const [module, marker] of Object.entries(markers)) {
      if (text.includes(marker)) found.push(`${file}: ${module} (${marker})`);
    }
    for (const secret of secrets) if (secret.length >= 16 && text.includes(secret)) found.push(`${file}: a secret`);
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const staticDir = process.argv[2] ?? join(process.env.DIALOGOS_BUILD_DIR || ".next", "static");
  const secretsFile = join(process.argv[3] ?? process.env.DATA_DIR ?? ".data", "secrets.json");
  const secrets = existsSync(secretsFile) ? Object.values(JSON.parse(readFileSync(secretsFile, "utf8"))).map(String) : [];
  const found = findServerCode(staticDir, secrets);
  if (found.length > 0) {
    console.error(`Server code in the browser bundles:\n  ${found.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`Browser bundles in ${staticDir}: no server code (${Object.keys(markers).length} markers), no secrets.`);
}
