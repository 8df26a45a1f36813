import { join, resolve } from "node:path";
import { z } from "zod";
import type { Config } from "./config-types";
import { embeddedSecrets } from "./embedded-secrets";

export type { Config } from "./config-types";

/**
 * Configuration: every environment variable the app reads, with its default and meaning, validated
 * once with zod. Nothing else reads `process.env` for a setting (a unit test checks it, and another
 * that the README's table lists exactly these variables, defaults and meanings).
 *
 * Two modes:
 * - embedded (no DATABASE_URL): PGlite in DATA_DIR; the secrets it needs are generated on first
 *   start and kept in DATA_DIR/secrets.json, so a newcomer sets nothing;
 * - server (DATABASE_URL set): a real PostgreSQL; the deployment must provide its own secrets and is
 *   refused with a readable message when it does not.
 *
 * Set by Node and Next themselves, never by an operator, and so not listed: NODE_ENV, NEXT_RUNTIME,
 * NEXT_PHASE, PATH. Test and benchmark harness variables (E2E_*, PG_TEST_*, BENCH_*) belong to the
 * harness, not the app, and are described in the README's test section.
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

/** A text that must match `pattern`, with the message saying what it should look like. */
const matching = (pattern: RegExp, error: string) => optional.pipe(z.string().regex(pattern, { error }).optional());

/** One variable: how it is checked, its default and its meaning as the README shows them (markdown). */
const variable = <S extends z.ZodType>(schema: S, defaultText: string, meaning: string) => ({ schema, defaultText, meaning });

export const variables = {
  DATABASE_URL: variable(
    matching(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL"),
    "unset: embedded PGlite",
    "`postgres://user:pass@host:5432/db` — a real PostgreSQL server",
  ),
  DB_POOL_SIZE: variable(count(1, 1000), "`10`", "connections each app instance may open to `DATABASE_URL`"),
  AUTH_SECRET: variable(
    optional.pipe(z.string().min(32, { error: "must be at least 32 characters (try: openssl rand -base64 33)" }).optional()),
    "generated (embedded only)",
    "signs organiser sessions; **required with `DATABASE_URL`**, the same on every instance (`openssl rand -base64 33`)",
  ),
  CHECKIN_SIGNING_KEY: variable(
    matching(/^[A-Za-z0-9+/_-]{43}=?$/, "must be 32 random bytes in base64 (try: openssl rand -base64 32)"),
    "generated (embedded only)",
    "signs the check-in QR codes (Ed25519 private key: 32 random bytes in base64, `openssl rand -base64 32`); **required with `DATABASE_URL`**, the same on every instance",
  ),
  APP_URL: variable(
    optional.pipe(z.url({ error: "must be an absolute URL such as https://dialogos.example.org" }).optional()),
    "`http://localhost:$PORT`",
    "public address: the only source of absolute links (emails, canonical and hreflang links, sitemap, calendar and JSON files, redirects); request `Host` headers are never used",
  ),
  PORT: variable(matching(/^\d{1,5}$/, "must be a port number"), "`3000`", "HTTP port"),
  DATA_DIR: variable(optional, "`.data`", "folder of the embedded database and its generated secrets"),
  SMTP_URL: variable(
    matching(/^smtps?:\/\//, "must look like smtp://user:pass@host:587"),
    "unset",
    '`smtp://user:pass@host:587`; without it, emails are not sent (the outbox marks them "not sent")',
  ),
  MAIL_FROM: variable(optional, "`Diálogos <no-reply@dialogos.localhost>`", "sender of emails"),
  DIALOGOS_NOW: variable(
    optional.pipe(z.iso.datetime({ offset: true, error: "must be an ISO date-time such as 2023-11-27T10:00:00-05:00" }).optional()),
    "unset",
    "starts the clock at this ISO instant (demos, tests); time runs on from there",
  ),
  DIALOGOS_TEST_API: variable(
    optional.pipe(z.enum(["1"], { error: 'must be "1" or unset' }).optional()),
    "unset",
    "`1` opens the browser tests' API (`/api/test/*`: set the clock, refresh caches); never in production",
  ),
  SEED: variable(
    optional.pipe(z.enum(["on", "off"], { error: 'must be "on" or "off"' }).optional()),
    "`on`",
    "`off` skips seeding the two dialogues",
  ),
  TRUSTED_PROXY_HOPS: variable(
    count(0, 10),
    "`0`",
    "how many proxies in front of the app append to `X-Forwarded-For` (see below); 0: clients connect directly and the header is ignored",
  ),
  REGISTRATION_LIMIT_PER_ADDRESS: variable(count(1), "`40`", "registration posts per client address per window"),
  REGISTRATION_LIMIT_PER_EMAIL: variable(count(1), "`5`", "registration posts per email address (`+tag` removed, case folded) per window"),
  REGISTRATION_LIMIT_WINDOW_MINUTES: variable(count(1), "`60`", "the window of both registration limits"),
  SIGN_IN_FREE_ATTEMPTS: variable(count(1), "`5`", "sign-in attempts per (client address, account) before the waits start"),
  SIGN_IN_MAX_DELAY_MINUTES: variable(count(1), "`15`", "the longest wait between two sign-in attempts"),
  SIGN_IN_LIMIT_PER_ADDRESS: variable(count(1), "`100`", "sign-in attempts per client address across accounts per 15 minutes"),
  ACCOUNT_LINK_LIMIT_PER_ADDRESS: variable(
    count(1),
    "`10`",
    "posts of the reset-password, invitation and setup forms per client address per 15 minutes",
  ),
  DELEGATION_LINK_LIMIT_PER_ADDRESS: variable(
    count(1),
    "`300`",
    "uses of delegation focal-point links (page views, posts, downloads) per client address per 15 minutes",
  ),
  MAILING_RATE_PER_MINUTE: variable(
    count(1, 10_000),
    "`60`",
    "how many messages of an organisers' mailing the outbox hands to the SMTP server per minute (the rest wait their turn)",
  ),
  VISA_RETENTION_DAYS: variable(
    count(0, 3650),
    "`30`",
    "days after a dialogue's last day when the retention pass deletes its visa requests (passport data); the letterhead stays",
  ),
  SESSION_MAX_AGE_HOURS: variable(count(1), "`12`", "an organiser session ends this long after sign-in, however busy"),
  SESSION_IDLE_MINUTES: variable(count(1), "`120`", "an organiser session ends after this long without a request"),
  // Also read by next.config.js, scripts/start.mjs and scripts/check-client-bundle.mjs, which cannot
  // import this module; declared here so that a wrong value is refused with the others.
  DIALOGOS_BUILD_DIR: variable(
    matching(/^\.?[\w-]+$/, "must be a folder name inside the project, such as .next-test"),
    "`.next`",
    "Next's build folder (`distDir`), read by `next build`, `next start` and `npm start`; `npm test` and Playwright use `.next-test`, the benchmarks `.next-bench`",
  ),
  DIALOGOS_BUILD_TYPECHECKED: variable(
    matching(/^1$/, "must be 1 or unset"),
    "unset",
    "`1`: `next build` skips its own TypeScript check because the caller has just run `tsc` (`npm test` does); unset: the build checks types",
  ),
  BACKUP_DIR: variable(optional, "`$DATA_DIR/backups`", "where `npm run backup` and the scheduled backup write"),
  BACKUP_KEEP: variable(
    optional.pipe(
      z
        .string()
        .regex(/^[1-9]\d*$/, { error: "must be a whole number, 1 or more" })
        .transform(Number)
        .optional(),
    ),
    "`14`",
    "how many backups are kept; older ones are deleted after each new one",
  ),
  BACKUP_INTERVAL_HOURS: variable(
    optional.pipe(
      z
        .string()
        .regex(/^\d+(\.\d+)?$/, { error: "must be a number of hours, 0 for off" })
        .transform(Number)
        .optional(),
    ),
    "`0` (off)",
    "take a backup every this many hours while the app runs",
  ),
};

type Variables = typeof variables;
const envSchema = z.object(
  Object.fromEntries(Object.entries(variables).map(([name, v]) => [name, v.schema])) as { [K in keyof Variables]: Variables[K]["schema"] },
);
/** The environment as validated: each variable's value, or undefined where unset (defaults applied in parseConfig). */
export type Environment = z.infer<typeof envSchema>;

/** Also the default in next.config.js, scripts/start.mjs and scripts/check-client-bundle.mjs. */
export const DEFAULT_BUILD_DIR = ".next";

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Checks every variable against its schema: all wrong values in one message, each naming its variable. */
export function parseEnvironment(env: Record<string, string | undefined>): Environment {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/**
 * What start-up checks before anything else (scripts/check-config.ts, run by `npm start`): the
 * variables, and a server deployment's own secret. Touches nothing (no secret is generated).
 */
export function validateConfiguration(env: Record<string, string | undefined>): Environment {
  const e = parseEnvironment(env);
  if (!e.DATABASE_URL) return e;
  const missing = [
    e.AUTH_SECRET
      ? null
      : "AUTH_SECRET is not set. A deployment on DATABASE_URL must set its own secret, shared by every " +
        "instance (generate one with: openssl rand -base64 33).",
    e.CHECKIN_SIGNING_KEY
      ? null
      : "CHECKIN_SIGNING_KEY is not set. A deployment on DATABASE_URL must set its own key for signing " +
        "check-in QR codes, shared by every instance (generate one with: openssl rand -base64 32).",
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new ConfigError(`${missing.join("\n")}\nOnly the embedded database (no DATABASE_URL) generates these for you.`);
  }
  return e;
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const e = validateConfiguration(env);
  const dataDir = resolve(/*turbopackIgnore: true*/ e.DATA_DIR ?? ".data");
  const mode = e.DATABASE_URL ? "server" : "embedded";
  // Read (and, the first time, generated) only where the environment does not provide them.
  let generated: ReturnType<typeof embeddedSecrets> | undefined;
  const stored = () => (generated ??= embeddedSecrets(dataDir));
  return {
    mode,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DB_POOL_SIZE ?? 10,
    dataDir,
    authSecret: e.AUTH_SECRET ?? stored().authSecret,
    checkInSigningKey: e.CHECKIN_SIGNING_KEY ?? stored().checkInSigningKey,
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
      delegationLinksPerAddress: e.DELEGATION_LINK_LIMIT_PER_ADDRESS ?? 300,
    },
    sessions: {
      maxAgeMs: (e.SESSION_MAX_AGE_HOURS ?? 12) * 60 * 60 * 1000,
      idleMs: (e.SESSION_IDLE_MINUTES ?? 120) * 60 * 1000,
    },
    mailingRatePerMinute: e.MAILING_RATE_PER_MINUTE ?? 60,
    visaRetentionDays: e.VISA_RETENTION_DAYS ?? 30,
    buildDir: e.DIALOGOS_BUILD_DIR ?? DEFAULT_BUILD_DIR,
    backup: {
      dir: resolve(/*turbopackIgnore: true*/ e.BACKUP_DIR ?? join(dataDir, "backups")),
      keep: e.BACKUP_KEEP ?? 14,
      intervalHours: e.BACKUP_INTERVAL_HOURS ?? 0,
    },
  };
}

let cachedEnvironment: Environment | undefined;
let cachedConfig: Config | undefined;

/** The validated environment, without the side effects of config() (the clock reads it this way). */
export function environment(): Environment {
  cachedEnvironment ??= parseEnvironment(process.env);
  return cachedEnvironment;
}

export function config(): Config {
  cachedConfig ??= parseConfig(process.env);
  return cachedConfig;
}
