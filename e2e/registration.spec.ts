import { eq } from "drizzle-orm";
import { registrations } from "@/db/schema";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { waitForMail } from "./support/mailbox";
import {
  CARTAGENA,
  calendarEvents,
  confirmByEmail,
  decodeQr,
  delegateContext,
  english,
  fillDelegate,
  manageLink,
  spanish,
} from "./support/registration";

test.describe("registration", () => {
  test("in English with JavaScript: sessions, confirmation email over SMTP with .ics, QR code of the check-in token", async ({
    browser,
    database,
  }) => {
    const context = await delegateContext(browser);
    const page = await context.newPage();
    await page.goto(`/en/events/${CARTAGENA}/register`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register for EU-LAC Digital Alliance Days");
    await expectNoAxeViolations(page);

    // The browser checks the form before anything is sent, and moves focus to the first problem.
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.getByText("Please fill in this field.").first()).toBeVisible();
    await expect(page.getByLabel(english.givenName)).toBeFocused();
    await expectNoAxeViolations(page);

    const email = uniqueEmail("ana.en");
    await fillDelegate(page, { email, givenName: "Ana", familyName: "Rojas" }, english);
    await page.getByRole("checkbox", { name: /Trusted data flows between the regions/ }).check();
    await page.getByRole("checkbox", { name: /Interoperable digital public services/ }).check();
    await page.getByRole("checkbox", { name: /I have read the privacy notice/ }).check();
    await page.getByRole("button", { name: "Register" }).click();
    // Same time: the form names the clash.
    await expect(
      page.getByText(/“Trusted data flows between the regions” and “Interoperable digital public services” take place at the same time/),
    ).toBeVisible();
    await page.getByRole("checkbox", { name: /Interoperable digital public services/ }).uncheck();
    await page.getByRole("checkbox", { name: /Cyber resilience for a shared digital agenda/ }).check();
    await page.getByRole("button", { name: "Register" }).click();

    await expect(page).toHaveURL(new RegExp(`/en/events/${CARTAGENA}/register/sent$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
    await expectNoAxeViolations(page);

    // The first email's link is the delegate's personal link; the confirmation that follows carries the calendar.
    const first = await confirmByEmail(page, email);
    const mail = await waitForMail(email, { subject: /^Registration confirmed: EU-LAC Digital Alliance Days$/ });
    expect(mail.text).toContain("Dear Ana Rojas,");
    // What mail programs read: an automatic message, a complete HTML document, the QR code inline.
    expect(mail.headers.get("auto-submitted")).toBe("auto-generated");
    expect(String(mail.html)).toMatch(/^<!doctype html>\s*<html lang="en">\s*<head>\s*<meta charset="utf-8">/i);
    expect(String(mail.html)).toContain(`<title>${mail.subject}</title>`);
    const inlineQr = mail.attachments.find((a) => a.cid === "check-in-qr@dialogos");
    expect(inlineQr).toMatchObject({ contentType: "image/png", related: true });
    expect(
      calendarEvents(mail)
        .map((e) => e.summary)
        .sort(),
    ).toEqual(["Cyber resilience for a shared digital agenda", "Trusted data flows between the regions"]);

    await page.goto(manageLink(first));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your registration: EU-LAC Digital Alliance Days");
    await expect(page.getByText("Confirmed.", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    const qr = page.getByRole("img", { name: "QR code for checking in at the entrance" });
    const png = await page.request.get((await qr.getAttribute("src"))!);
    const [stored] = await database.db.select().from(registrations).where(eq(registrations.email, email));
    expect(decodeQr(await png.body())).toBe(stored!.checkInToken);
    expect(decodeQr(inlineQr!.content)).toBe(stored!.checkInToken);
    expect(stored).toMatchObject({ status: "confirmed", locale: "en", phone: "+576013443460", accessibilityNeeds: null });
    await context.close();
  });

  test("in Spanish without JavaScript: server-rendered errors, values kept, confirmation in Spanish", async ({ browser, database }) => {
    test.setTimeout(90_000);
    const context = await delegateContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/es/events/${CARTAGENA}/register`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inscripción en Días de la Alianza Digital UE-ALC");

    const email = uniqueEmail("ana.es");
    await fillDelegate(page, { email, givenName: "Lucía", familyName: "Gómez" }, spanish);
    await page.getByLabel(spanish.phone).fill("12");
    await page.getByLabel("Necesidades alimentarias (opcional)").fill("Vegetariana");
    await page.getByRole("checkbox", { name: /Flujos de datos confiables/ }).check();
    await page.getByRole("checkbox", { name: /Servicios públicos digitales interoperables/ }).check();
    await page.getByRole("button", { name: "Inscribirme" }).click();

    await expect(page.getByText("Corrija los campos marcados.")).toBeVisible();
    await expect(page.getByText("Introduzca un teléfono válido con el prefijo del país, como +57 601 234 5678.")).toBeVisible();
    await expect(page.getByText("Confirme que ha leído el aviso de privacidad.")).toBeVisible();
    await expect(page.getByText(/Marque esta casilla para que guardemos/)).toBeVisible();
    await expect(page.getByLabel(spanish.givenName)).toHaveValue("Lucía");
    await expect(page.getByRole("checkbox", { name: /Flujos de datos confiables/ })).toBeChecked();

    await page.getByLabel(spanish.phone).fill("+57 601 3443460");
    await page.getByRole("checkbox", { name: /Acepto que los organizadores guarden/ }).check();
    await page.getByRole("checkbox", { name: /He leído el aviso de privacidad/ }).check();
    await page.getByRole("button", { name: "Inscribirme" }).click();
    await expect(
      page.getByText(
        /«Flujos de datos confiables entre las regiones» y «Servicios públicos digitales interoperables» se celebran a la misma hora/,
      ),
    ).toBeVisible();

    await page.getByRole("checkbox", { name: /Servicios públicos digitales interoperables/ }).uncheck();
    await page.getByRole("checkbox", { name: /He leído el aviso de privacidad/ }).check();
    await page.getByRole("checkbox", { name: /Acepto que los organizadores guarden/ }).check();
    await page.getByRole("button", { name: "Inscribirme" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revise su correo");

    const first = await confirmByEmail(page, email, "es");
    const mail = await waitForMail(email, { subject: /^Inscripción confirmada: Días de la Alianza Digital UE-ALC$/ });
    expect(mail.text).toContain("Flujos de datos confiables entre las regiones");
    expect(calendarEvents(mail).map((e) => e.summary)).toEqual(["Flujos de datos confiables entre las regiones"]);
    const [stored] = await database.db.select().from(registrations).where(eq(registrations.email, email));
    expect(stored).toMatchObject({ locale: "es", dietaryRequirements: "Vegetariana" });
    expect(stored!.specialDataConsentAt).not.toBeNull();

    // The personal page works without JavaScript too: cancel needs the box ticked.
    await page.goto(manageLink(first));
    await expect(page.getByText("Confirmada.", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Cancelar la inscripción" }).click();
    await expect(page.getByText("Marque la casilla para confirmar.")).toBeVisible();
    await page.getByRole("checkbox", { name: "Sí, cancelar mi inscripción" }).check();
    await page.getByRole("button", { name: "Cancelar la inscripción" }).click();
    await expect(page.getByText("Su inscripción se ha cancelado.")).toBeVisible();
    await waitForMail(email, { subject: /^Inscripción cancelada/ });
    await context.close();
  });

  test("flood protection: too many attempts for one address get a readable answer", async ({ browser }) => {
    const context = await delegateContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/fr/events/${CARTAGENA}/register`);
    await page.getByLabel("Adresse électronique").fill(uniqueEmail("flood"));
    // The server keeps what was typed, so each post sends the same address again.
    // REGISTRATION_LIMIT_PER_EMAIL: 5 an hour by default.
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByRole("button", { name: "M'inscrire" }).click();
      await expect(page.getByText("Veuillez corriger les champs signalés.")).toBeVisible();
    }
    await page.getByRole("button", { name: "M'inscrire" }).click();
    await expect(page.getByText(/Trop de tentatives depuis cet endroit\. Réessayez dans 60 minutes\./)).toBeVisible();
    await context.close();
  });
});
