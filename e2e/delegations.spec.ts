import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { delegations, registrations } from "@/db/schema";
import { DelegationPage } from "./pages/delegation-page";
import { DelegationsPage } from "./pages/delegations-page";
import { createTestDialogue } from "./support/dialogues";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { messagePattern } from "./support/messages";

const sha256 = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
const tokenIn = (text: string) => /\/en\/delegations\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];

/** The smallest PDF the upload check takes: the header, one page, the end-of-file marker. */
const letterPdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

/**
 * Issue 11's journey: an organiser creates a delegation with a quota of 3; the focal point, from the
 * link in their email, registers 2 members with the form and 1 by CSV import and uploads the
 * nomination letter; a 4th member is refused; the organiser approves the delegation as a whole and
 * downloads the letter; a revoked link opens nothing, a reissued one does.
 */
test("a delegation from creation to approval: the focal point fills the quota of 3 and sends the letter", async ({
  page,
  browser,
  database,
  signIn,
  inbox,
}) => {
  test.slow(); // two people, two browsers, five emails and five form posts
  const { db } = database;
  const dialogue = await createTestDialogue(db, "delegations", { event: { requiresApproval: true, capacity: null } });
  await signIn("organiser");
  const list = new DelegationsPage(page, dialogue.slug);
  await list.goto();
  await expect(list.heading).toBeVisible();

  const name = "Colombia — Ministerio TIC";
  const focalEmail = uniqueEmail("focal-point");
  // 18:00 in Lisbon (the dialogue's zone) in June is 17:00 UTC.
  await list.create({ name, country: "CO", quota: 3, focalName: "Ana Gómez", focalEmail, language: "en", deadline: "2030-06-01T18:00" });
  await list.expectMessage(page, "messages.created");
  await expect(list.row(name)).toContainText("0 / 3");
  const [created] = await db.select().from(delegations).where(eq(delegations.eventId, dialogue.event.id));
  expect(created!.deadline.toISOString()).toBe("2030-06-01T17:00:00.000Z");

  // The focal point's email carries the secret link; only its hash is stored.
  const token = tokenIn((await inbox.waitFor(focalEmail, { subject: /^Your delegation/ })).text);
  expect(token).toBeTruthy();
  expect(created!.tokenHash).toBe(sha256(token!));

  // The focal point has no account: a browser of their own.
  const focalContext = await browser.newContext();
  const focalPage = await focalContext.newPage();
  const focal = new DelegationPage(focalPage, { slug: dialogue.slug }, token!);
  await focal.goto();
  await expect(focal.quotaUsed).toHaveText("0 of 3 places");
  await expectNoAxeViolations(focalPage);

  const first = { givenName: "Inês", familyName: "Conceição", email: uniqueEmail("focal-a") };
  await focal.registerMember(first);
  await expect(focal.quotaUsed).toHaveText("1 of 3 places");
  await focal.registerMember({ givenName: "Luis", familyName: "Núñez", email: uniqueEmail("focal-b") });
  await expect(focal.quotaUsed).toHaveText("2 of 3 places");
  // Each member gets their own email with their own link: received, awaiting the organisers' approval.
  await inbox.waitForKind(first.email, "received");

  const csv = [
    "givenName,familyName,email,organisation,position,stakeholderGroup,countryCode,represents,preferredLanguage",
    `Marta,Ruiz,${uniqueEmail("focal-c")},Cancillería,Advisor,government_lac_country,CO,Colombia,es`,
  ].join("\n");
  await focal.importMembers({ name: "members.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(focal.quotaUsed).toHaveText("3 of 3 places");
  await expect(focal.members).toHaveCount(3);

  // The content decides, not the name: a PDF called .jpg is a PDF.
  await focal.uploadLetter({ name: "nota-verbal.jpg", mimeType: "image/jpeg", buffer: letterPdf });
  await expect(focalPage.getByRole("status").filter({ hasText: focal.t("done.letter") })).toBeVisible();

  await focal.registerMember({ givenName: "Eva", familyName: "Lima", email: uniqueEmail("focal-d") });
  await expect(
    focalPage.getByRole("alert").filter({ hasText: messagePattern("en", "registration.messages.quotaFull", { quota: "3" }) }),
  ).toBeVisible();
  await focal.goto();
  await expect(focal.quotaUsed).toHaveText("3 of 3 places");
  await expect(focal.members).toHaveCount(3);

  // The organisers see the quota used and the letter, download it, and approve the delegation whole.
  await list.goto();
  await expect(list.row(name)).toContainText("3 / 3");
  const download = await page.request.get(`/en/dashboard/events/${dialogue.slug}/delegations/${created!.id}/letter`);
  expect(download.status()).toBe(200);
  expect(download.headers()).toMatchObject({ "content-type": "application/pdf", "x-content-type-options": "nosniff" });
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="nomination-letter-[0-9a-f]+\.pdf"$/);
  expect(Buffer.compare(await download.body(), letterPdf)).toBe(0);
  await list.press(name, "approve");
  await list.expectMessage(list.section(name), "messages.approved");
  const statuses = await db.select({ status: registrations.status }).from(registrations).where(eq(registrations.delegationId, created!.id));
  expect(statuses.map((r) => r.status)).toEqual(["confirmed", "confirmed", "confirmed"]);
  await expectNoAxeViolations(page);

  // Revoked, the link opens the same 404 as any missing page; reissued, the new link works.
  await list.press(name, "revoke");
  await list.expectMessage(list.section(name), "messages.revoked");
  expect((await focalPage.goto(`/en/delegations/${token}`))?.status()).toBe(404);
  await list.press(name, "reissue");
  await list.expectMessage(list.section(name), "messages.reissued");
  await expect.poll(async () => (await inbox.all(focalEmail)).length).toBe(2);
  const reissued = (await inbox.all(focalEmail)).map((mail) => tokenIn(mail.text ?? "")).find((t) => t && t !== token);
  expect((await focalPage.goto(`/en/delegations/${reissued}`))?.status()).toBe(200);
  await focalContext.close();
});

test("an unknown delegation link opens the same 404 page as any missing page", async ({ page }) => {
  const response = await page.goto("/en/delegations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  expect(response?.status()).toBe(404);
});
