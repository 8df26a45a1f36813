#!/usr/bin/env node
// Lighthouse's verdict on the offline check-in desk: installable (manifest, icons, service worker)
// and its PWA category, which Lighthouse dropped in version 12. Version 11.7.1 still has both and
// runs on Node 20 with Debian's Chromium; it is fetched by npx, not a dependency of the project.
//
//   node bench/lighthouse-desk.mjs --base http://127.0.0.1:3000 --slug digital-alliance-days-2023 \
//     --setup /en/setup/<token>            (a fresh install: creates the first administrator)
//   node bench/lighthouse-desk.mjs --base … --slug … --email you@example.org --password '…'
//
// The desk is an organiser page: the script signs in with Playwright's Chromium, opens the desk
// once (as staff do before the doors open) and hands the session cookie to Lighthouse. Prints the
// audits that decide installability and writes bench/out/lighthouse-desk.json.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .map((arg, i, all) => (arg.startsWith("--") ? [arg.slice(2), all[i + 1]] : null))
    .filter(Boolean),
);
const base = args.base ?? "http://127.0.0.1:3000";
const slug = args.slug ?? "digital-alliance-days-2023";
const email = args.email ?? "bench.admin@example.org";
const password = args.password ?? "a long bench passphrase";
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const browser = await chromium.launch({ executablePath });
const page = await browser.newPage({ baseURL: base });
if (args.setup) {
  await page.goto(args.setup);
  await page.getByLabel("Full name").fill("Bench Administrator");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Repeat the password").fill(password);
  await page.getByRole("button", { name: "Create administrator" }).click();
  await page.waitForURL(/created=1/);
}
await page.goto("/en/sign-in");
await page.getByLabel("Email").fill(email);
await page.getByLabel("Password").fill(password);
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(/\/en\/dashboard/);
const desk = `${base}/en/dashboard/events/${slug}/checkin/offline`;
await page.goto(desk);
const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
await browser.close();

mkdirSync("bench/out", { recursive: true });
const report = "bench/out/lighthouse-desk.report.json";
const run = spawnSync(
  "npx",
  [
    "-y",
    "lighthouse@11.7.1",
    desk,
    "--only-categories=pwa",
    "--output=json",
    `--output-path=${report}`,
    `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
    `--chrome-flags=--headless=new --no-sandbox`,
    "--quiet",
  ],
  { stdio: "inherit", env: { ...process.env, CHROME_PATH: executablePath } },
);
if (run.status !== 0) process.exit(run.status ?? 1);
const lhr = JSON.parse(readFileSync(report, "utf8"));
const audit = (id) => ({ score: lhr.audits[id]?.score ?? null, title: lhr.audits[id]?.title ?? id });
const result = {
  url: lhr.finalDisplayedUrl ?? lhr.finalUrl,
  lighthouse: lhr.lighthouseVersion,
  pwa_score: lhr.categories.pwa?.score ?? null,
  "installable-manifest": audit("installable-manifest"),
  "splash-screen": audit("splash-screen"),
  "themed-omnibox": audit("themed-omnibox"),
  "maskable-icon": audit("maskable-icon"),
  viewport: audit("viewport"),
  installability_errors: lhr.audits["installable-manifest"]?.details?.items ?? [],
};
console.log(JSON.stringify(result, null, 2));
writeFileSync("bench/out/lighthouse-desk.json", `${JSON.stringify(result, null, 2)}\n`);
