import { readFileSync } from "node:fs";
import sharp from "sharp";
import { insertRegistration } from "@/tests/support/fixtures";
import { readPdf } from "@/tests/support/pdf";
import { createTestDialogue } from "./support/dialogues";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";
import { en } from "./support/messages";

/**
 * An organiser gives a delegate a role and a photo on the registration's page, prints that one
 * badge, then downloads the badges of everyone confirmed, four to a sheet. Which registrations
 * print, the labels and the QR codes are checked in tests/db/badges.test.ts.
 */
test("an organiser prints one badge, then the whole batch", async ({ page, database, signIn }) => {
  const { event, slug } = await createTestDialogue(database.db, "badges");
  const speaker = await insertRegistration(database.db, event.id, { givenName: "María José", familyName: "Núñez Peña" });
  await insertRegistration(database.db, event.id, { givenName: "João", familyName: "Gonçalves" });
  await insertRegistration(database.db, event.id, {
    givenName: "Never",
    familyName: "Printed",
    status: "cancelled",
    cancelledAt: new Date(),
  });
  await signIn("organiser");

  await page.goto(`/en/dashboard/events/${slug}/registrations/${speaker.id}`);
  await page.getByLabel(en("badges.detail.role")).selectOption({ label: en("badges.roles.speaker") });
  await page.getByRole("button", { name: en("badges.detail.saveRole") }).click();
  await expect(page.getByRole("status").filter({ hasText: en("badges.messages.roleSaved") })).toBeVisible();
  const photo = await sharp({ create: { width: 1200, height: 1500, channels: 3, background: "#6688aa" } })
    .jpeg()
    .toBuffer();
  await page.getByLabel(en("badges.detail.photo")).setInputFiles({ name: "me.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.getByRole("button", { name: en("badges.detail.uploadPhoto") }).click();
  await expect(page.getByRole("status").filter({ hasText: en("badges.messages.photoSaved") })).toBeVisible();
  await expectNoAxeViolations(page);

  const single = page.waitForEvent("download");
  await page.getByRole("link", { name: en("badges.detail.print") }).click();
  const badge = await readPdf(readFileSync((await (await single).path())!));
  expect(badge.pages).toBe(1);
  expect(badge.text).toContain("María José Núñez Peña");
  expect(badge.text).toContain("SPEAKER");

  await page.goto(`/en/dashboard/events/${slug}/badges`);
  await expect(page.getByRole("heading", { level: 1, name: en("badges.title") })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(en("badges.form.a4")).check();
  const batch = page.waitForEvent("download");
  await page.getByRole("button", { name: en("badges.form.download") }).click();
  const download = await batch;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${slug}-badges-all-.*\\.pdf$`));
  const sheet = await readPdf(readFileSync((await download.path())!), { grid: 2 });
  expect(sheet.pages).toBe(1);
  expect(sheet.text).toContain("João Gonçalves");
  expect(sheet.text).toContain("María José Núñez Peña");
  expect(sheet.text).not.toContain("Never Printed");
  expect(sheet.qrCodes).toHaveLength(2);
});
