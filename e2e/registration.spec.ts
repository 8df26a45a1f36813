import { eq } from "drizzle-orm";
import { registrations } from "@/db/schema";
import { ManagePage } from "./pages/manage-page";
import { RegistrationPage } from "./pages/registration-page";
import { verifiedCheckInCode } from "./support/checkin-codes";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { calendarEvents, confirmByEmail, decodeQr, delegateContext, manageLink } from "./support/registration";

test.describe("registration", () => {
  test("in English with JavaScript: sessions, confirmation email over SMTP with .ics, QR code of a signed check-in code", async ({
    browser,
    database,
    dialogues: { cartagena },
    inbox,
  }) => {
    const trustedData = cartagena.sessions.trustedDataFlows.title();
    const interoperable = cartagena.sessions.interoperableServices.title();
    const cyberResilience = cartagena.sessions.cyberResilience.title();
    const context = await delegateContext(browser);
    const page = await context.newPage();
    const form = new RegistrationPage(page, cartagena);
    await form.goto();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Register for ${cartagena.title()}`);
    await expectNoAxeViolations(page);

    // The browser checks the form before anything is sent, and moves focus to the first problem.
    await form.submit();
    await expect(form.requiredError).toBeVisible();
    await expect(form.field("givenName")).toBeFocused();
    await expectNoAxeViolations(page);

    const email = uniqueEmail("ana.en");
    await form.register({ email, givenName: "Ana", familyName: "Rojas" }, [trustedData, interoperable]);
    // Same time: the form names the clash.
    await expect(form.overlap(trustedData, interoperable)).toBeVisible();
    await form.session(interoperable).uncheck();
    await form.session(cyberResilience).check();
    await form.submit();

    await expect(page).toHaveURL(new RegExp(`${form.path}/sent$`));
    await form.expectSent();
    await expectNoAxeViolations(page);

    // The first email's link is the delegate's personal link; the confirmation that follows carries the calendar.
    const first = await confirmByEmail(page, email);
    const mail = await inbox.waitForKind(email, "confirmed", { event: cartagena.title() });
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
    ).toEqual([cyberResilience, trustedData]);

    const manage = new ManagePage(page);
    await manage.goto(manageLink(first));
    await expect(manage.heading).toHaveText(manage.title(cartagena.title()));
    await expect(manage.status("confirmed")).toBeVisible();
    await expectNoAxeViolations(page);
    const png = await manage.qrPng();
    const [stored] = await database.db.select().from(registrations).where(eq(registrations.email, email));
    // Both QR codes carry a code signed for this registration (verifiable offline), never the stored token.
    const signedFor = { eventId: cartagena.id, registrationId: stored!.id };
    expect(await verifiedCheckInCode(decodeQr(png) ?? "")).toEqual(signedFor);
    expect(await verifiedCheckInCode(decodeQr(inlineQr!.content) ?? "")).toEqual(signedFor);
    expect(decodeQr(png)).not.toContain(stored!.checkInToken);
    expect(stored).toMatchObject({ status: "confirmed", locale: "en", phone: "+576013443460", accessibilityNeeds: null });
    await context.close();
  });

  test("in Spanish without JavaScript: server-rendered errors, values kept, confirmation in Spanish", async ({
    browser,
    database,
    dialogues: { cartagena },
    inbox,
  }) => {
    test.setTimeout(90_000);
    const trustedData = cartagena.sessions.trustedDataFlows.title("es");
    const interoperable = cartagena.sessions.interoperableServices.title("es");
    const context = await delegateContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    const form = new RegistrationPage(page, cartagena, "es");
    await form.goto();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Inscripción en ${cartagena.title("es")}`);

    const email = uniqueEmail("ana.es");
    await form.fill({ email, givenName: "Lucía", familyName: "Gómez" });
    await form.field("phone").fill("12");
    await form.field("dietaryRequirements").fill("Vegetariana");
    await form.chooseSessions(trustedData, interoperable);
    await form.submit();

    await expect(form.formErrors).toBeVisible();
    await expect(page.getByText("Introduzca un teléfono válido con el prefijo del país, como +57 601 234 5678.")).toBeVisible();
    await expect(page.getByText("Confirme que ha leído el aviso de privacidad.")).toBeVisible();
    await expect(page.getByText(/Marque esta casilla para que guardemos/)).toBeVisible();
    await expect(form.field("givenName")).toHaveValue("Lucía");
    await expect(form.session(trustedData)).toBeChecked();

    await form.field("phone").fill("+57 601 3443460");
    await form.specialDataConsent.check();
    await form.acceptPrivacy();
    await form.submit();
    await expect(form.overlap(trustedData, interoperable)).toBeVisible();

    await form.session(interoperable).uncheck();
    await form.acceptPrivacy();
    await form.specialDataConsent.check();
    await form.submit();
    await form.expectSent();

    const first = await confirmByEmail(page, email, "es");
    const mail = await inbox.waitForKind(email, "confirmed", { locale: "es", event: cartagena.title("es") });
    expect(mail.text).toContain(trustedData);
    expect(calendarEvents(mail).map((e) => e.summary)).toEqual([trustedData]);
    const [stored] = await database.db.select().from(registrations).where(eq(registrations.email, email));
    expect(stored).toMatchObject({ locale: "es", dietaryRequirements: "Vegetariana" });
    expect(stored!.specialDataConsentAt).not.toBeNull();

    // The personal page works without JavaScript too: cancel needs the box ticked.
    const manage = new ManagePage(page, "es");
    await manage.goto(manageLink(first));
    await expect(manage.status("confirmed")).toBeVisible();
    await page.getByRole("button", { name: "Cancelar la inscripción" }).click();
    await expect(page.getByText("Marque la casilla para confirmar.")).toBeVisible();
    await page.getByRole("checkbox", { name: "Sí, cancelar mi inscripción" }).check();
    await page.getByRole("button", { name: "Cancelar la inscripción" }).click();
    await expect(page.getByText("Su inscripción se ha cancelado.")).toBeVisible();
    await inbox.waitForKind(email, "cancelled", { locale: "es" });
    await context.close();
  });

  test("flood protection: too many attempts for one address get a readable answer", async ({ browser, dialogues: { cartagena } }) => {
    const context = await delegateContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    const form = new RegistrationPage(page, cartagena, "fr");
    await form.goto();
    await form.field("email").fill(uniqueEmail("flood"));
    // The server keeps what was typed, so each post sends the same address again.
    // REGISTRATION_LIMIT_PER_EMAIL: 5 an hour by default.
    for (let attempt = 1; attempt <= 5; attempt++) {
      await form.submit();
      await expect(form.formErrors).toBeVisible();
    }
    await form.submit();
    await expect(page.getByText(/Trop de tentatives depuis cet endroit\. Réessayez dans 60 minutes\./)).toBeVisible();
    await context.close();
  });
});
