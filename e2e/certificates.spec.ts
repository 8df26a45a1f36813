import { readFileSync } from "node:fs";
import { checkIns } from "@/db/schema";
import { hashToken, newToken } from "@/lib/tokens";
import { insertRegistration } from "@/tests/support/fixtures";
import { readPdf } from "@/tests/support/pdf";
import { CertificatesPage } from "./pages/certificates-page";
import { createTestDialogue } from "./support/dialogues";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { message } from "./support/messages";

test.describe("certificates of attendance", () => {
  test("after the dialogue, a checked-in delegate downloads theirs from the manage link; the organiser emails them once", async ({
    page,
    database,
    signIn,
    inbox,
  }) => {
    test.setTimeout(90_000);
    const { db } = database;
    // A dialogue of this test alone, on 10 June 2024: over, by the server's clock.
    const { event, session, slug } = await createTestDialogue(db, "certificates", {
      event: { status: "draft", title: { en: "Test dialogue certificates", pt: "Diálogo de teste dos certificados" } },
      sessionTitle: { en: "Small workshop", pt: "Oficina de proteção de dados" },
    });
    const token = newToken();
    const email = uniqueEmail("certificate.ines");
    const ines = await insertRegistration(db, event.id, {
      givenName: "Inês",
      familyName: "Conceição",
      email,
      preferredLanguage: "pt",
      locale: "pt",
      manageTokenHash: hashToken(token),
    });
    const absent = await insertRegistration(db, event.id, {
      givenName: "Never",
      familyName: "Came",
      email: uniqueEmail("certificate.absent"),
    });
    await db.insert(checkIns).values([
      { registrationId: ines.id, day: "2024-06-10", sessionId: null },
      { registrationId: ines.id, day: "2024-06-10", sessionId: session.id },
    ]);

    await page.goto(`/pt/manage/${token}`);
    await expect(page.getByRole("heading", { name: message("pt", "certificates.manage.heading") })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: message("pt", "certificates.manage.download") }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`certificado-de-participacao-${slug}.pdf`);
    const pdf = await readPdf(readFileSync((await download.path())!));
    expect(pdf.text).toContain("Inês Conceição");
    expect(pdf.text).toContain("Oficina de proteção de dados");
    expect(pdf.language).toBe("pt");

    await signIn("organiser");
    const certificates = new CertificatesPage(page, slug);
    await certificates.goto();
    await expect(certificates.eligible(1)).toBeVisible();
    await expectNoAxeViolations(page);
    await certificates.send(1);
    await expect(certificates.queued()).toBeVisible();
    await expect(certificates.nothingToSend).toBeVisible();
    await expectNoAxeViolations(page);

    const mail = await inbox.waitFor(email, { subject: /^O seu certificado de participação — Diálogo de teste dos certificados$/ });
    const [attachment] = mail.attachments.filter((a) => a.contentType === "application/pdf");
    expect(attachment?.filename).toBe(`certificado-de-participacao-${slug}.pdf`);
    expect((await readPdf(attachment!.content)).text).toContain("Inês Conceição");
    expect(await inbox.all(absent.email)).toHaveLength(0);
  });
});
