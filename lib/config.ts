import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { makePrivateDir, PRIVATE_FILE_MODE } from "./private-files";

/**
 * Configuration, read once from the environment and validated with zod.
 *
 * Two modes:
 * - embedded (no DATABASE_URL): PGlite in DATA_DIR; the secrets it needs are generated on first
 *   start and kept in DATA_DIR/secrets.json, so a newcomer sets nothing;
 * - server (DATABASE_URL set): a real PostgreSQL; the deployment must provide its own secrets and is
 *   refused with a readable message when it does not.
 */
const optional = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

/** A whole number from the environment, at least `min` (and at most `max`); unset stays undefined. */
function count(min: number, max = 1_000_000) {
  return optional.pipe(
    z
      .string()
      .regex(/^\d+$/, { error: "must be a whole number" })
      .transform(Number)
      .pipe(
        z
          .number()
          .min(min, { error: `must be at least ${min}` })
          .max(max, { error: `must be at most ${max}` }),
      )
      .optional(),
  );
}

const envSchema = z.object({
  DATABASE_URL: optional.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, { error: "must be a postgres:// or postgresql:// URL" })
      .optional(),
  ),
  DATA_DIR: optional,
  AUTH_SECRET: optional.pipe(z.string().min(32, { error: "must be at least 32 characters (try: openssl rand -base64 33)" }).optional()),
  APP_URL: optional.pipe(z.url({ error: "must be an absolute URL such as https://dialogos.example.org" }).optional()),
  PORT: optional.pipe(
    z
      .string()
      .regex(/^\d{1,5}$/, { error: "must be a port number" })
      .optional(),
  ),
  SMTP_URL: optional.pipe(
    z
      .string()
      .regex(/^smtps?:\/\//, { error: "must look like smtp://user:pass@host:587" })
      .optional(),
  ),
  MAIL_FROM: optional,
  DIALOGOS_NOW: optional.pipe(
    z.iso.datetime({ offset: true, error: "must be an ISO date-time such as 2023-11-27T10:00:00-05:00" }).optional(),
  ),
  DIALOGOS_TEST_API: optional.pipe(z.enum(["1"]).optional()),
  SEED: optional.pipe(z.enum(["on", "off"]).optional()),
  TRUSTED_PROXY_HOPS: count(0, 10),
  REGISTRATION_LIMIT_PER_ADDRESS: count(1),
  REGISTRATION_LIMIT_PER_EMAIL: count(1),
  REGISTRATION_LIMIT_WINDOW_MINUTES: count(1),
  SIGN_IN_FREE_ATTEMPTS: count(1),
  SIGN_IN_MAX_DELAY_MINUTES: count(1),
  SIGN_IN_LIMIT_PER_ADDRESS: count(1),
  ACCOUNT_LINK_LIMIT_PER_ADDRESS: count(1),
  SESSION_MAX_AGE_HOURS: count(1),
  SESSION_IDLE_MINUTES: count(1),
  // Read by next.config.js (distDir), which cannot import this module; declared here so that a wrong
  // value is refused with the others. A plain folder name: tests build into their own (.next-test).
  DIALOGOS_BUILD_DIR: optional.pipe(
    z
      .string()
      .regex(/^\.?[\w-]+$/, { error: "must be a folder name inside the project, such as .next-test" })
      .optional(),
  ),
  BACKUP_DIR: optional,
  BACKUP_KEEP: optional.pipe(
    z
      .string()
      .regex(/^[1-9]\d*$/, { error: "must be a whole number, 1 or more" })
      .transform(Number)
      .optional(),
  ),
  BACKUP_INTERVAL_HOURS: optional.pipe(
    z
      .string()
      .regex(/^\d+(\.\d+)?$/, { error: "must be a number of hours, 0 for off" })
      .transform(Number)
      .optional(),
  ),
});

export type Config = {
  mode: "embedded" | "server";
  databaseUrl?: string;
  dataDir: string;
  authSecret: string;
  appUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  /** Start of the injectable clock, if the time is set for a test or a demo. */
  clockStart?: string;
  testApi: boolean;
  seed: boolean;
  /** How many proxies in front of the app append to X-Forwarded-For (0: clients connect directly). */
  trustedProxyHops: number;
  limits: Limits;
  sessions: { maxAgeMs: number; idleMs: number };
  /** Next's build folder (distDir): `.next`, or a test's or benchmark's own. */
  buildDir: string;
  backup: {
    /** Where backups are written (default DATA_DIR/backups). */
    dir: string;
    /** How many backups are kept; older ones are deleted after each new one. */
    keep: number;
    /** Hours between scheduled backups while the app runs; 0 = no scheduled backups (the default). */
    intervalHours: number;
  };
};

/** Rate limits and back-off (see the README's deployment section). */
type Limits = {
  /** Registration form posts per client address per window (a ministry office shares one address). */
  registrationsPerAddress: number;
  /** Registration form posts per email address (+tag removed, case folded) per window. */
  registrationsPerEmail: number;
  registrationWindowSeconds: number;
  /** Failed sign-ins per (account, client address) before each further failure doubles the wait. */
  signInFreeAttempts: number;
  signInMaxDelaySeconds: number;
  /** Sign-in attempts per client address across all accounts per 15 minutes (password spraying). */
  signInPerAddress: number;
  /** Reset-password, invitation and setup form posts per client address per 15 minutes. */
  accountLinksPerAddress: number;
};

/** Also the default in next.config.js and scripts/build-dir.mjs. */
export const DEFAULT_BUILD_DIR = ".next";

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const dataDir = resolve(/*turbopackIgnore: true*/ e.DATA_DIR ?? ".data");
  const mode = e.DATABASE_URL ? "server" : "embedded";
  let authSecret = e.AUTH_SECRET;
  if (!authSecret) {
    if (mode === "server") {
      throw new ConfigError(
        "AUTH_SECRET is not set. A deployment on DATABASE_URL must set its own secret, shared by every " +
          "instance (generate one with: openssl rand -base64 33). Only the embedded database (no " +
          "DATABASE_URL) generates one for you.",
      );
    }
    authSecret = embeddedSecrets(dataDir).authSecret;
  }
  return {
    mode,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    authSecret,
    appUrl: (e.APP_URL ?? `http://localhost:${e.PORT ?? 3000}`).replace(/\/$/, ""),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM ?? "Diálogos <no-reply@dialogos.localhost>",
    clockStart: e.DIALOGOS_NOW,
    testApi: e.DIALOGOS_TEST_API === "1",
    seed: e.SEED !== "off",
    trustedProxyHops: e.TRUSTED_PROXY_HOPS ?? 0,
    limits: {
      registrationsPerAddress: e.REGISTRATION_LIMIT_PER_ADDRESS ?? 40,
      registrationsPerEmail: e.REGISTRATION_LIMIT_PER_EMAIL ?? 5,
      registrationWindowSeconds: (e.REGISTRATION_LIMIT_WINDOW_MINUTES ?? 60) * 60,
      signInFreeAttempts: e.SIGN_IN_FREE_ATTEMPTS ?? 5,
      signInMaxDelaySeconds: (e.SIGN_IN_MAX_DELAY_MINUTES ?? 15) * 60,
      signInPerAddress: e.SIGN_IN_LIMIT_PER_ADDRESS ?? 100,
      accountLinksPerAddress: e.ACCOUNT_LINK_LIMIT_PER_ADDRESS ?? 10,
    },
    sessions: {
      maxAgeMs: (e.SESSION_MAX_AGE_HOURS ?? 12) * 60 * 60 * 1000,
      idleMs: (e.SESSION_IDLE_MINUTES ?? 120) * 60 * 1000,
    },
    buildDir: e.DIALOGOS_BUILD_DIR ?? DEFAULT_BUILD_DIR,
    backup: {
      dir: resolve(/*turbopackIgnore: true*/ e.BACKUP_DIR ?? join(dataDir, "backups")),
      keep: e.BACKUP_KEEP ?? 14,
      intervalHours: e.BACKUP_INTERVAL_HOURS ?? 0,
    },
  };
}

type EmbeddedSecrets = { authSecret: string };

/** Secrets of the embedded default, generated once and kept beside its data. */
function embeddedSecrets(dataDir: string): EmbeddedSecrets {
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

let cached: Config | undefined;

export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
