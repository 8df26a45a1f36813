import { randomBytes } from "node:crypto";
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) {
  throw new Error("E2E_DATABASE_URL must name an empty PostgreSQL database; `npm test` creates one.");
}
const baseURL = `http://127.0.0.1:${port}`;
// Emails go over real SMTP to a server the global setup starts in this process (e2e/support/smtp-server.ts).
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2525);
process.env.E2E_SMTP_PORT = String(smtpPort);

export default defineConfig({
  testDir: "./e2e",
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [["list"]],
  globalSetup: "./e2e/support/smtp-server.ts",
  use: {
    baseURL,
    trace: "retain-on-failure",
    // Debian's Chromium: Playwright never downloads a browser here.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Runs first, alone: it needs a database where no administrator exists yet.
    { name: "first-organiser", testMatch: /first-organiser\.spec\.ts/ },
    { name: "chromium", testIgnore: /first-organiser\.spec\.ts/, dependencies: ["first-organiser"] },
  ],
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    env: {
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(33).toString("base64url"),
      APP_URL: baseURL,
      DIALOGOS_TEST_API: "1",
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
