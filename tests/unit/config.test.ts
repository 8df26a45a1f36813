import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/lib/config";

const tempDir = () => mkdtempSync(join(tmpdir(), "dialogos-config-"));

describe("configuration", () => {
  it("runs embedded with nothing set, generating a secret once and keeping it in the data folder", () => {
    const dataDir = tempDir();
    const first = parseConfig({ DATA_DIR: dataDir });
    expect(first.mode).toBe("embedded");
    expect(first.authSecret.length).toBeGreaterThanOrEqual(32);
    const file = join(dataDir, "secrets.json");
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, "utf8")).authSecret).toBe(first.authSecret);
    expect(Buffer.from(first.checkInSigningKey, "base64url")).toHaveLength(32);
    expect(JSON.parse(readFileSync(file, "utf8")).checkInSigningKey).toBe(first.checkInSigningKey);
    expect(parseConfig({ DATA_DIR: dataDir })).toMatchObject({ authSecret: first.authSecret, checkInSigningKey: first.checkInSigningKey });
    expect(first.appUrl).toBe("http://localhost:3000");
  });

  it("refuses a server deployment without its own AUTH_SECRET, saying what to do", () => {
    expect(() => parseConfig({ DATABASE_URL: "postgres://db.example.org/dialogos" })).toThrowError(ConfigError);
    expect(() => parseConfig({ DATABASE_URL: "postgres://db.example.org/dialogos" })).toThrowError(/AUTH_SECRET.*openssl rand/s);
  });

  it("gives a data folder from before signed check-in codes a check-in key, keeping its AUTH_SECRET", () => {
    const dataDir = tempDir();
    const file = join(dataDir, "secrets.json");
    writeFileSync(file, JSON.stringify({ authSecret: "a".repeat(44) }), { mode: 0o600 });
    const cfg = parseConfig({ DATA_DIR: dataDir });
    expect(cfg.authSecret).toBe("a".repeat(44));
    expect(Buffer.from(cfg.checkInSigningKey, "base64url")).toHaveLength(32);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ authSecret: "a".repeat(44), checkInSigningKey: cfg.checkInSigningKey });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(parseConfig({ DATA_DIR: dataDir }).checkInSigningKey).toBe(cfg.checkInSigningKey);
  });

  it("refuses a server deployment without its own CHECKIN_SIGNING_KEY, saying how to make one", () => {
    const env = { DATABASE_URL: "postgres://db.example.org/dialogos", AUTH_SECRET: "s".repeat(40) };
    expect(() => parseConfig(env)).toThrowError(ConfigError);
    expect(() => parseConfig(env)).toThrowError(/CHECKIN_SIGNING_KEY is not set.*openssl rand -base64 32/s);
    expect(() => parseConfig({ ...env, CHECKIN_SIGNING_KEY: "too-short" })).toThrowError(/CHECKIN_SIGNING_KEY: must be 32 random bytes/);
  });

  it("accepts a server deployment with its secrets and uses them", () => {
    const secret = "s".repeat(40);
    // What `openssl rand -base64 32` prints.
    const key = Buffer.alloc(32, 7).toString("base64");
    const cfg = parseConfig({
      DATABASE_URL: "postgresql://db/dialogos",
      AUTH_SECRET: secret,
      CHECKIN_SIGNING_KEY: key,
      APP_URL: "https://dialogos.example.org/",
    });
    expect(cfg).toMatchObject({ mode: "server", authSecret: secret, checkInSigningKey: key, appUrl: "https://dialogos.example.org" });
  });

  it("lists every invalid setting in one readable message", () => {
    const attempt = () => parseConfig({ DATABASE_URL: "mysql://x", AUTH_SECRET: "short", APP_URL: "not a url", DIALOGOS_NOW: "tomorrow" });
    expect(attempt).toThrowError(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      for (const key of ["DATABASE_URL", "AUTH_SECRET", "APP_URL", "DIALOGOS_NOW"]) expect(message).toContain(key);
    }
  });

  it("treats empty variables as unset", () => {
    expect(parseConfig({ DATA_DIR: tempDir(), DATABASE_URL: "", SMTP_URL: " " }).mode).toBe("embedded");
  });

  it("reads proxy hops, limits and session lifetimes, with defaults, and refuses nonsense", () => {
    const dataDir = tempDir();
    const defaults = parseConfig({ DATA_DIR: dataDir });
    expect(defaults.trustedProxyHops).toBe(0);
    expect(defaults.limits).toMatchObject({ registrationsPerAddress: 40, registrationsPerEmail: 5, signInFreeAttempts: 5 });
    expect(defaults.sessions).toEqual({ maxAgeMs: 12 * 3600_000, idleMs: 2 * 3600_000 });
    const set = parseConfig({
      DATA_DIR: dataDir,
      TRUSTED_PROXY_HOPS: "2",
      REGISTRATION_LIMIT_PER_ADDRESS: "5000",
      SESSION_IDLE_MINUTES: "30",
    });
    expect(set.trustedProxyHops).toBe(2);
    expect(set.limits.registrationsPerAddress).toBe(5000);
    expect(set.sessions.idleMs).toBe(30 * 60_000);
    expect(() => parseConfig({ DATA_DIR: dataDir, TRUSTED_PROXY_HOPS: "-1" })).toThrowError(/TRUSTED_PROXY_HOPS/);
    expect(() => parseConfig({ DATA_DIR: dataDir, SESSION_MAX_AGE_HOURS: "twelve" })).toThrowError(/SESSION_MAX_AGE_HOURS/);
    expect(() => parseConfig({ DATA_DIR: dataDir, SIGN_IN_FREE_ATTEMPTS: "0" })).toThrowError(/SIGN_IN_FREE_ATTEMPTS/);
  });
});
