import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { checkIns } from "@/db/schema";
import { insertRegistration } from "@/tests/support/fixtures";
import { CheckinDeskPage } from "./pages/checkin-desk-page";
import { OfflineDeskPage } from "./pages/offline-desk-page";
import { signedCheckInCode } from "./support/checkin-codes";
import { createTestDialogue } from "./support/dialogues";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";

// Two browsers at once and a service worker that precaches the app: give each test room.
test.slow();

test("after one online visit the desk checks delegates in offline, refuses a forged badge, and syncs when the network returns", async ({
  page,
  context,
  database,
  signIn,
}) => {
  const { event, slug } = await createTestDialogue(database.db, "offline");
  const tag = Date.now().toString(36);
  const [byPhoto, byName, byAccent] = await Promise.all([
    insertRegistration(database.db, event.id, { givenName: "Camila", familyName: `Foto${tag}` }),
    insertRegistration(database.db, event.id, { givenName: "Tomás", familyName: `Nombre${tag}`, organisation: "Cancillería" }),
    insertRegistration(database.db, event.id, { givenName: "José", familyName: `Muñoz${tag}` }),
  ]);
  await signIn("checkin");
  const desk = new OfflineDeskPage(page, slug);
  await desk.goto();
  await desk.waitUntilReadyOffline();
  await expectNoAxeViolations(page);
  // Registered after the desk's last roster sync: only the badge's signature vouches for them.
  const late = await insertRegistration(database.db, event.id, { givenName: "Lía", familyName: `Tarde${tag}` });

  await context.setOffline(true);
  await page.reload();
  await expect(desk.network).toHaveText("Offline");
  await desk.scanPhotoOf(await signedCheckInCode(event.id, byPhoto.id));
  await expect(desk.result("result.checkedIn", { name: `Camila Foto${tag}` })).toBeVisible();
  await desk.findAndCheckIn(`tomas nombre${tag}`, `Tomás Nombre${tag}`);
  await expect(desk.result("result.checkedIn", { name: `Tomás Nombre${tag}` })).toBeVisible();
  // Accents and case do not matter to the search.
  await desk.findAndCheckIn(`JOSE MUNOZ${tag}`, `José Muñoz${tag}`);
  await expect(desk.result("result.checkedIn", { name: `José Muñoz${tag}` })).toBeVisible();
  // Checked in twice at this desk: said so, and nothing queued.
  await desk.findAndCheckIn(`nombre${tag}`, `Tomás Nombre${tag}`);
  await expect(desk.result("result.alreadyHere", { name: `Tomás Nombre${tag}` })).toBeVisible();

  // A forged badge (the signature of another registration's code) and the late delegate's real one.
  const lateCode = await signedCheckInCode(event.id, late.id);
  const other = await signedCheckInCode(event.id, byName.id);
  await desk.scanPhotoOf(`${lateCode.slice(0, lateCode.lastIndexOf("."))}${other.slice(other.lastIndexOf("."))}`);
  await expect(desk.result("result.forged")).toBeVisible();
  await desk.scanPhotoOf(lateCode);
  await expect(desk.result("result.checkedInNew", { id: String(late.id) })).toBeVisible();
  await expect(desk.waiting(4)).toBeVisible();
  expect(await database.db.select().from(checkIns).where(eq(checkIns.registrationId, byName.id))).toHaveLength(0);

  await context.setOffline(false);
  await expect(desk.network).toHaveText("Online");
  await expect(desk.waiting(0)).toBeVisible({ timeout: 30_000 });
  const online = new CheckinDeskPage(page, { dashboard: (section = "") => `/en/dashboard/events/${slug}/${section}` });
  await online.goto();
  await expect(online.count).toHaveText("4");
  for (const delegate of [byPhoto, byName, byAccent, late]) {
    expect(await database.db.select().from(checkIns).where(eq(checkIns.registrationId, delegate.id))).toHaveLength(1);
  }
});

test("two desks offline check the same delegate in: one check-in, and the second desk shows the conflict", async ({
  browser,
  baseURL,
  database,
  signIn,
}) => {
  const { event, slug } = await createTestDialogue(database.db, "conflict");
  const tag = Date.now().toString(36);
  const delegate = await insertRegistration(database.db, event.id, { givenName: "Renata", familyName: `Doble${tag}` });
  const desks: { page: Page; desk: OfflineDeskPage }[] = [];
  for (let i = 0; i < 2; i++) {
    const page = await (await browser.newContext({ baseURL })).newPage();
    await signIn("checkin", { page });
    const desk = new OfflineDeskPage(page, slug);
    await desk.goto();
    await desk.waitUntilReadyOffline();
    desks.push({ page, desk });
  }
  for (const { page, desk } of desks) {
    await page.context().setOffline(true);
    await desk.findAndCheckIn(`renata doble${tag}`, `Renata Doble${tag}`);
    await expect(desk.waiting(1)).toBeVisible();
  }
  const [first, second] = desks as [(typeof desks)[0], (typeof desks)[0]];
  await first.page.context().setOffline(false);
  await expect(first.desk.waiting(0)).toBeVisible({ timeout: 30_000 });
  await second.page.context().setOffline(false);
  await expect(second.desk.waiting(0)).toBeVisible({ timeout: 30_000 });
  await expect(second.desk.result("history.conflict", { name: `Renata Doble${tag}` })).toBeVisible();
  const rows = await database.db.select().from(checkIns).where(eq(checkIns.registrationId, delegate.id));
  expect(rows).toHaveLength(1);
  for (const { page } of desks) await page.context().close();
});

test("the desk is installable, light, and accessible in the kiosk view", async ({ baseURL, database, signIn }) => {
  const { slug } = await createTestDialogue(database.db, "install");
  // Chromium never offers to install from an incognito window, which is what a test's context is:
  // this test runs in a browser profile of its own, as a desk's tablet would.
  const profile = mkdtempSync(join(tmpdir(), "dialogos-desk-profile-"));
  const context = await chromium.launchPersistentContext(profile, { ...test.info().project.use.launchOptions, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await signIn("checkin", { page });
    const desk = new OfflineDeskPage(page, slug);
    await desk.goto("?view=kiosk");
    await desk.waitUntilReadyOffline();
    await expectNoAxeViolations(page);

    // What Lighthouse's old PWA audit asked Chromium: the manifest, icons and worker make it installable.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);

    // JavaScript budget: the desk's gzipped scripts, less those of a near-empty public page.
    const deskJs = await gzippedScripts(page, page.url());
    const baseline = await gzippedScripts(page, "/en/privacy");
    const figure = `desk ${deskJs} B, baseline ${baseline} B, above baseline ${((deskJs - baseline) / 1024).toFixed(1)} KiB`;
    // Printed into the run's log: the figure the closing notes quote.
    console.log(`offline desk JavaScript (gzip): ${figure}`);
    expect(deskJs - baseline, figure).toBeLessThan(80 * 1024);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

/** The gzip size of every script a page's HTML loads (what a first visit downloads). */
async function gzippedScripts(page: Page, url: string): Promise<number> {
  const html = await (await page.request.get(url)).text();
  const sources = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&")));
  let total = 0;
  for (const src of sources) total += gzipSync(await (await page.request.get(src)).body()).length;
  return total;
}
