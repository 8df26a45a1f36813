import { eq } from "drizzle-orm";
import { events, registrations } from "@/db/schema";
import { createTestDialogue } from "./support/dialogues";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { waitForMail } from "./support/mailbox";
import { CARTAGENA, calendarEvents, decodeQr, delegateContext, english, fillDelegate, manageLink, spanish } from "./support/registration";
import { signIn } from "./support/users";

test.describe("confirming the address", () => {
  test("register → email → the link (a GET confirms nothing) → Confirm → confirmed page with QR and the calendar email", async ({
    browser,
    database,
  }) => {
    const context = await delegateContext(browser);
    const page = await context.newPage();
    const email = uniqueEmail("journey");
    await page.goto(`/en/events/${CARTAGENA}/register`);
    await fillDelegate(page, { email, givenName: "Inés", familyName: "Vidal" }, english);
    await page.getByRole("checkbox", { name: /Opening plenary/ }).check();
    await page.getByRole("checkbox", { name: /I have read the privacy notice/ }).check();
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
    await expect(page.getByText(/confirm your registration within 30 minutes/)).toBeVisible();

    const first = await waitForMail(email, { subject: /^Please confirm your registration: EU-LAC Digital Alliance Days$/ });
    expect(first.text).toContain("within 30 minutes");
    expect(first.attachments).toHaveLength(0);

    // Opening the link (what a mail scanner does) shows the page and confirms nothing.
    await page.goto(manageLink(first));
    await expect(page.getByText("Not confirmed yet.", { exact: true })).toBeVisible();
    await expect(page.getByRole("img", { name: "QR code for checking in at the entrance" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    const [held] = await database.db.select().from(registrations).where(eq(registrations.email, email));
    expect(held).toMatchObject({ status: "unconfirmed", emailConfirmedAt: null });

    await page.getByRole("button", { name: "Confirm my registration" }).click();
    await expect(page.getByText("Thank you: your registration is confirmed.")).toBeVisible();
    await expect(page.getByText("Confirmed.", { exact: true })).toBeVisible();
    const qr = page.getByRole("img", { name: "QR code for checking in at the entrance" });
    const png = await page.request.get((await qr.getAttribute("src"))!);
    const [stored] = await database.db.select().from(registrations).where(eq(registrations.email, email));
    expect(stored).toMatchObject({ status: "confirmed", holdExpiresAt: null });
    expect(decodeQr(await png.body())).toBe(stored!.checkInToken);
    await expectNoAxeViolations(page);

    const confirmed = await waitForMail(email, { subject: /^Registration confirmed: EU-LAC Digital Alliance Days$/ });
    expect(calendarEvents(confirmed).map((e) => e.summary)).toContain("Opening plenary");
    await context.close();
  });

  test("too late: a hold that ran out is not confirmed, its seats are gone, and the delegate may register again", async ({
    browser,
    database,
  }) => {
    const context = await delegateContext(browser, { javaScriptEnabled: false, locale: "fr-FR" });
    const page = await context.newPage();
    const email = uniqueEmail("late");
    await page.goto(`/en/events/${CARTAGENA}/register`);
    await fillDelegate(page, { email, givenName: "Paul", familyName: "Martin" }, english);
    await page.getByRole("checkbox", { name: /I have read the privacy notice/ }).check();
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
    const first = await waitForMail(email, { subject: /^Please confirm your registration/ });
    await page.goto(manageLink(first));
    // Time passes for this registration only (moving the server clock would disturb other tests).
    await database.db
      .update(registrations)
      .set({ holdExpiresAt: new Date(Date.now() - 60_000) })
      .where(eq(registrations.email, email));
    await page.getByRole("button", { name: "Confirm my registration" }).click();
    await expect(page.getByText(/Too late: this registration was not confirmed in time/)).toBeVisible();
    await expect(page.getByText("Expired.", { exact: true })).toBeVisible();
    const [row] = await database.db.select().from(registrations).where(eq(registrations.email, email));
    expect(row!.status).toBe("expired");
    await page.getByRole("link", { name: "Register again" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/events/${CARTAGENA}/register$`));
    await context.close();
  });

  test("the ceiling on unconfirmed holds: a readable answer in the user's language, and a notice for organisers", async ({
    browser,
    page,
    database,
  }) => {
    const { slug } = await createTestDialogue(database.db, "ceiling", { event: { status: "published", maxUnconfirmedHolds: 1 } });
    const context = await delegateContext(browser, { javaScriptEnabled: false });
    const delegate = await context.newPage();
    try {
      await delegate.goto(`/es/events/${slug}/register`);
      await fillDelegate(delegate, { email: uniqueEmail("ceiling1"), givenName: "Ana", familyName: "Sol" }, spanish);
      await delegate.getByRole("checkbox", { name: /He leído el aviso de privacidad/ }).check();
      await delegate.getByRole("button", { name: "Inscribirme" }).click();
      await expect(delegate.getByRole("heading", { level: 1 })).toHaveText("Revise su correo");

      await delegate.goto(`/es/events/${slug}/register`);
      await fillDelegate(delegate, { email: uniqueEmail("ceiling2"), givenName: "Luis", familyName: "Mar" }, spanish);
      await delegate.getByRole("checkbox", { name: /He leído el aviso de privacidad/ }).check();
      await delegate.getByRole("button", { name: "Inscribirme" }).click();
      await expect(delegate.getByText(/Hay demasiadas inscripciones a este diálogo pendientes de confirmar/)).toBeVisible();

      await signIn(page, "organiser");
      await page.goto(`/en/dashboard/events/${slug}`);
      await expect(page.getByText(/The ceiling of 1 registration waiting for address confirmation was last reached on/)).toBeVisible();
      await expect(page.locator('[data-stat="unconfirmed"] .stat-value')).toHaveText("1");
    } finally {
      await context.close();
      await database.db.update(events).set({ status: "archived" }).where(eq(events.slug, slug));
    }
  });
});
