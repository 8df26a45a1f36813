import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { registrations, visaRequests } from "@/db/schema";
import { readPdf } from "../tests/support/pdf";
import { RegistrationPage } from "./pages/registration-page";
import { VisaLettersPage } from "./pages/visa-letters-page";
import { createTestDialogue } from "./support/dialogues";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { messagePattern } from "./support/messages";
import { delegateContext } from "./support/registration";

test("a delegate asks for a visa letter; the administrator sets the letterhead, issues, downloads and emails it; organisers never see it", async ({
  browser,
  database,
  signIn,
  page,
  inbox,
}) => {
  // One journey through three accounts, two PDFs read back and an email: longer than the default.
  test.setTimeout(120_000);
  const { slug } = await createTestDialogue(database.db, "visa", { event: { title: { en: "Visa dialogue", es: "Diálogo de visados" } } });
  const passport = `PA${randomBytes(4).toString("hex").toUpperCase()}`;
  const email = uniqueEmail("visa");

  // The delegate registers in Spanish and asks for a letter, with the section's consent.
  const delegate = await delegateContext(browser);
  const form = new RegistrationPage(await delegate.newPage(), { slug }, "es");
  await form.goto();
  await form.fill({ email, givenName: "José", familyName: "Núñez" });
  await form.requestVisaLetter({ number: passport, nationality: "CO", dateOfBirth: "1985-04-12", expiry: "2031-01-31" });
  await expectNoAxeViolations(form.page);
  await form.acceptPrivacy();
  await form.submit();
  await form.expectSent();
  await delegate.close();
  const [registration] = await database.db.select().from(registrations).where(eq(registrations.email, email));
  const [request] = await database.db.select().from(visaRequests).where(eq(visaRequests.registrationId, registration!.id));
  expect(request).toMatchObject({ passportNumber: passport, nationality: "CO" });

  // The administrator: letterhead with a logo, then the letter.
  await signIn("admin");
  const visa = new VisaLettersPage(page, slug);
  await visa.goto();
  await expect(visa.row("José Núñez")).toBeVisible();
  const logo = await sharp({ create: { width: 240, height: 80, channels: 3, background: "#003366" } })
    .png()
    .toBuffer();
  await visa.saveLetterhead(
    { issuingBody: "Ministerio TIC de Colombia", signatoryName: "Lucía Peña", signatoryTitle: "Viceministra" },
    logo,
  );
  await expect(visa.done("letterhead")).toBeVisible();
  await visa.issue("José Núñez");
  await expect(visa.done("issued")).toBeVisible();
  await expectNoAxeViolations(page);

  const download = await visa.download("José Núñez");
  const letter = await readPdf(await readFile((await download.path())!));
  expect(letter).toMatchObject({ language: "es", pages: 1, tagged: true });
  expect(letter.title).toContain("José Núñez");
  for (const text of [passport, "Lucía Peña", "Diálogo de visados", "Ministerio TIC de Colombia"]) expect(letter.text).toContain(text);
  const href = (await visa.downloadLink("José Núñez").getAttribute("href"))!;
  const response = await page.request.get(href);
  expect(response.headers()).toMatchObject({ "x-content-type-options": "nosniff", "cache-control": "private, no-store" });
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="/);

  await visa.email("José Núñez");
  await expect(visa.done("emailed")).toBeVisible();
  const mail = await inbox.waitFor(email, { subject: messagePattern("es", "visa.email.subject", { event: "Diálogo de visados" }) });
  const attached = mail.attachments.find((a) => a.contentType === "application/pdf");
  expect((await readPdf(attached!.content)).text).toContain(passport);
  // The admin's page of the registration shows the passport data.
  await page.goto(`/en/dashboard/events/${slug}/registrations/${registration!.id}`);
  await expect(page.getByText(passport)).toBeVisible();

  // Organisers and check-in staff: no page, no letter, nothing in the registration's page or exports.
  const others = await browser.newContext();
  const other = await others.newPage();
  await signIn("organiser", { page: other });
  expect((await other.goto(visa.path))!.status()).toBe(403);
  expect((await other.request.get(href)).status()).toBe(403);
  await other.goto(`/en/dashboard/events/${slug}/registrations/${registration!.id}`);
  await expect(other.getByRole("heading", { level: 1 })).toContainText("Núñez");
  expect(await other.content()).not.toContain(passport);
  const csv = await other.request.get(`/en/dashboard/events/${slug}/exports/registrations`);
  expect(await csv.text()).toContain("Núñez");
  expect(await csv.text()).not.toContain(passport);
  await others.close();
  const desk = await browser.newContext();
  const checkin = await desk.newPage();
  await signIn("checkin", { page: checkin });
  expect((await checkin.request.get(href)).status()).toBe(403);
  await desk.close();
});
