/** What lib/config.ts makes of the environment (each setting's variable, default and meaning are there). */
export type Config = {
  mode: "embedded" | "server";
  databaseUrl?: string;
  /** Connections postgres.js may open on `databaseUrl` (DB_POOL_SIZE). */
  databasePoolSize: number;
  dataDir: string;
  authSecret: string;
  /** The Ed25519 private key (32-byte seed, base64/base64url) that signs check-in codes (lib/checkin/signing.ts). */
  checkInSigningKey: string;
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
  /** Messages of a mailing handed to SMTP per minute (MAILING_RATE_PER_MINUTE): they are spread out. */
  mailingRatePerMinute: number;
  /** Days after a dialogue's end when its visa requests are deleted (VISA_RETENTION_DAYS). */
  visaRetentionDays: number;
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
  /** Uses of delegation focal-point links (views, posts, downloads) per client address per 15 minutes. */
  delegationLinksPerAddress: number;
};
