import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import { CAMERA_TOKEN, writeQrY4m } from "./e2e/support/camera-feed";

const port = Number(process.env.E2E_PORT ?? 3210);
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) {
  throw new Error("E2E_DATABASE_URL must name an empty PostgreSQL database; `npm test` creates one.");
}
const baseURL = `http://127.0.0.1:${port}`;
// Every browser test connects from 127.0.0.1: limits high enough for the whole suite from one
// address; e2e/abuse-limits.spec.ts floods from other loopback addresses up to this one.
process.env.E2E_REGISTRATION_LIMIT ??= "150";
// The server under test serves a build folder of its own (next.config.js reads DIALOGOS_BUILD_DIR):
// the pages it caches from the test database must never be served by `npm start` from .next.
const buildDir = process.env.DIALOGOS_BUILD_DIR || ".next-test";
process.env.DIALOGOS_BUILD_DIR = buildDir;
if (!existsSync(`${buildDir}/BUILD_ID`)) {
  throw new Error(`No build in ${buildDir}: build it first with \`DIALOGOS_BUILD_DIR=${buildDir} npx next build\` (npm test does).`);
}
// The server's check-in signing key, shared with the workers (they inherit this environment), so
// that tests verify the codes the server draws and sign codes of their own (e2e/support/checkin-codes.ts).
process.env.E2E_CHECKIN_SIGNING_KEY ??= randomBytes(32).toString("base64url");
// Emails go over real SMTP to a server the global setup starts in this process (e2e/support/smtp-server.ts).
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2525);
process.env.E2E_SMTP_PORT = String(smtpPort);

// Debian's Chromium: Playwright never downloads a browser here.
const chromium = {
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
};
// The check-in desk's camera test: Chromium's fake camera plays a QR code of a fixture badge.
const cameraFeed = writeQrY4m(join(tmpdir(), `dialogos-e2e-camera-${port}.y4m`), CAMERA_TOKEN);

export default defineConfig({
  testDir: "./e2e",
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  // One retry absorbs a timeout on a loaded CI machine; the list reporter still names every test
  // that needed it ("flaky"), and a test that fails twice fails the run.
  retries: 1,
  forbidOnly: true,
  reporter: [["list"]],
  globalSetup: "./e2e/support/smtp-server.ts",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: chromium,
  },
  projects: [
    // Runs first, alone: it needs a database where no administrator exists yet.
    { name: "first-organiser", testMatch: /first-organiser\.spec\.ts/ },
    {
      name: "chromium",
      testIgnore: [/first-organiser\.spec\.ts/, /-camera\.spec\.ts/, /public-live\.spec\.ts/, /public-fuzz\.spec\.ts/],
      dependencies: ["first-organiser"],
    },
    {
      name: "camera",
      testMatch: /-camera\.spec\.ts/,
      dependencies: ["first-organiser"],
      use: {
        permissions: ["camera"],
        launchOptions: {
          ...chromium,
          args: [
            ...chromium.args,
            "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream",
            `--use-file-for-fake-video-capture=${cameraFeed}`,
          ],
        },
      },
    },
    // Moves the server's clock (live streams): runs after everything else, so no other test sees
    // the time jump.
    { name: "clock", testMatch: /public-live\.spec\.ts/, dependencies: ["chromium", "camera"] },
    // Fuzzes the public surface and checks that no table changed: last and alone, one test at a
    // time, so that no other test writes between its snapshots. No browser: plain HTTP.
    { name: "fuzz", testMatch: /public-fuzz\.spec\.ts/, dependencies: ["clock"], fullyParallel: false },
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
      CHECKIN_SIGNING_KEY: process.env.E2E_CHECKIN_SIGNING_KEY,
      APP_URL: baseURL,
      DIALOGOS_TEST_API: "1",
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      NEXT_TELEMETRY_DISABLED: "1",
      REGISTRATION_LIMIT_PER_ADDRESS: process.env.E2E_REGISTRATION_LIMIT,
      SIGN_IN_LIMIT_PER_ADDRESS: "5000",
      ACCOUNT_LINK_LIMIT_PER_ADDRESS: "500",
      DELEGATION_LINK_LIMIT_PER_ADDRESS: "5000",
      DIALOGOS_BUILD_DIR: buildDir,
    },
  },
});
