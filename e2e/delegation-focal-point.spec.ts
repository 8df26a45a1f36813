import { DelegationPage } from "./pages/delegation-page";
import { createTestDelegation } from "./support/delegations";
import { createTestDialogue } from "./support/dialogues";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { messagePattern } from "./support/messages";

/** The smallest PDF the upload check takes: the header, one page, the end-of-file marker. */
const letterPdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

test("a focal point registers 3 members (2 by the form, 1 by CSV import) and the letter; a 4th member is refused", async ({
  page,
  database,
  inbox,
}) => {
  const { event, slug } = await createTestDialogue(database.db, "focal", { event: { capacity: null } });
  const { token } = await createTestDelegation(database.db, event.id, { quota: 3 });
  const focal = new DelegationPage(page, { slug }, token);
  await focal.goto();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Colombia — Ministerio TIC");
  await expect(focal.quotaUsed).toHaveText("0 of 3 places");
  await expectNoAxeViolations(page);

  const first = { givenName: "Ana", familyName: "Pérez", email: uniqueEmail("focal-a") };
  await focal.registerMember(first);
  await expect(focal.quotaUsed).toHaveText("1 of 3 places");
  await focal.registerMember({ givenName: "Luis", familyName: "Gómez", email: uniqueEmail("focal-b") });
  await expect(focal.quotaUsed).toHaveText("2 of 3 places");
  // Each member gets their own confirmation, with their own link.
  await inbox.waitForKind(first.email, "confirmAddress");

  const imported = uniqueEmail("focal-c");
  const csv = [
    "givenName,familyName,email,organisation,position,stakeholderGroup,countryCode,represents,preferredLanguage",
    `Marta,Ruiz,${imported},Cancillería,Advisor,government_lac_country,CO,Colombia,es`,
  ].join("\n");
  await focal.importMembers({ name: "members.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(focal.quotaUsed).toHaveText("3 of 3 places");
  await expect(focal.members).toHaveCount(3);
  await expect(focal.members.filter({ hasText: "Marta Ruiz" })).toHaveCount(1);

  // The content decides, not the name: a PDF called .jpg is a PDF.
  await focal.uploadLetter({ name: "nomination.jpg", mimeType: "image/jpeg", buffer: letterPdf });
  await expect(page.getByRole("status").filter({ hasText: focal.t("done.letter") })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: focal.t("letter.download") }).click();
  expect((await download).suggestedFilename()).toMatch(/^nomination-letter-[0-9a-f]+\.pdf$/);

  await focal.registerMember({ givenName: "Eva", familyName: "Lima", email: uniqueEmail("focal-d") });
  await expect(
    page.getByRole("alert").filter({ hasText: messagePattern("en", "registration.messages.quotaFull", { quota: "3" }) }),
  ).toBeVisible();
  await focal.goto();
  await expect(focal.quotaUsed).toHaveText("3 of 3 places");
  await expect(focal.members).toHaveCount(3);
  await expectNoAxeViolations(page);
});

test("an unknown link opens the same 404 page as any missing page", async ({ page }) => {
  const response = await page.goto("/en/delegations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  expect(response?.status()).toBe(404);
});
