import { eq } from "drizzle-orm";
import { events, registrations } from "@/db/schema";
import { ManagePage } from "./pages/manage-page";
import { RegistrationPage } from "./pages/registration-page";
import { verifiedCheckInCode } from "./support/checkin-codes";
import { createTestDialogue } from "./support/dialogues";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { calendarEvents, decodeQr, delegateContext, manageLink } from "./support/registration";

test.describe("confirming the address", () => {
  test("register → email → the link (a GET confirms nothing) → Confirm → confirmed page with QR and the calendar email", async ({
    browser,
    database,
    dialogues: { cartagena },
    inbox,
  }) => {
    const opening = cartagena.sessions.opening.title();
    const context = await delegateContext(browser);
    const page = await context.newPage();
    const email = uniqueEmail("journey");
    const form = new RegistrationPage(page, cartagena);
    await form.goto();
    await form.register({ email, givenName: "Inés", familyName: "Vidal" }, [opening]);
    await form.expectSent();
    await expect(page.getByText(/confirm your registration within 30 minutes/)).toBeVisible();

    const first = await inbox.waitForKind(email, "confirmAddress", { event: cartagena.title() });
    expect(first.text).toContain("within 30 minutes");
    expect(first.attachments).toHaveLength(0);

    // Opening the link (what a mail scanner does) shows the page and confirms nothing.
    const manage = new ManagePage(page);
    await manage.goto(manageLink(first));
    await expect(manage.status("unconfirmed")).toBeVisible();
    await expect(manage.qrCode).toHaveCount(0);
    await expectNoAxeViolations(page);
    const [held] = await database.db.select().from(registrations).where(eq(registrations.email, email));
    expect(held).toMatchObject({ status: "unconfirmed", emailConfirmedAt: null });

    await manage.confirm();
    await expect(manage.done("addressConfirmed")).toBeVisible();
    await expect(manage.status("confirmed")).toBeVisible();
    const png = await manage.qrPng();
    const [stored] = await database.db.select().from(registrations).where(eq(registrations.email, email));
    expect(stored).toMatchObject({ status: "confirmed", holdExpiresAt: null });
    // A signed code, issued as the page draws it, that a device verifies offline.
    expect(await verifiedCheckInCode(decodeQr(png) ?? "")).toEqual({ eventId: cartagena.id, registrationId: stored!.id });
    await expectNoAxeViolations(page);

    const confirmed = await inbox.waitForKind(email, "confirmed", { event: cartagena.title() });
    expect(calendarEvents(confirmed).map((e) => e.summary)).toContain(opening);
    await context.close();
  });

  test("too late: a hold that ran out is not confirmed, its seats are gone, and the delegate may register again", async ({
    browser,
    database,
    dialogues: { cartagena },
    inbox,
  }) => {
    const context = await delegateContext(browser, { javaScriptEnabled: false, locale: "fr-FR" });
    const page = await context.newPage();
    const email = uniqueEmail("late");
    const form = new RegistrationPage(page, cartagena);
    await form.goto();
    await form.register({ email, givenName: "Paul", familyName: "Martin" });
    await form.expectSent();
    const first = await inbox.waitForKind(email, "confirmAddress");
    const manage = new ManagePage(page);
    await manage.goto(manageLink(first));
    // Time passes for this registration only (moving the server clock would disturb other tests).
    await database.db
      .update(registrations)
      .set({ holdExpiresAt: new Date(Date.now() - 60_000) })
      .where(eq(registrations.email, email));
    await manage.confirm();
    await expect(page.getByText(/Too late: this registration was not confirmed in time/)).toBeVisible();
    await expect(manage.status("expired")).toBeVisible();
    const [row] = await database.db.select().from(registrations).where(eq(registrations.email, email));
    expect(row!.status).toBe("expired");
    await page.getByRole("link", { name: "Register again" }).click();
    await expect(page).toHaveURL(new RegExp(`${form.path}$`));
    await context.close();
  });

  test("the ceiling on unconfirmed holds: a readable answer in the user's language, and a notice for organisers", async ({
    browser,
    page,
    database,
    signIn,
  }) => {
    const { slug } = await createTestDialogue(database.db, "ceiling", { event: { status: "published", maxUnconfirmedHolds: 1 } });
    const context = await delegateContext(browser, { javaScriptEnabled: false });
    const delegate = await context.newPage();
    try {
      const form = new RegistrationPage(delegate, { slug }, "es");
      await form.goto();
      await form.register({ email: uniqueEmail("ceiling1"), givenName: "Ana", familyName: "Sol" });
      await form.expectSent();

      await form.goto();
      await form.register({ email: uniqueEmail("ceiling2"), givenName: "Luis", familyName: "Mar" });
      await expect(delegate.getByText(/Hay demasiadas inscripciones a este diálogo pendientes de confirmar/)).toBeVisible();

      await signIn("organiser");
      await page.goto(`/en/dashboard/events/${slug}`);
      await expect(page.getByText(/The ceiling of 1 registration waiting for address confirmation was last reached on/)).toBeVisible();
      await expect(page.locator('[data-stat="unconfirmed"] .stat-value')).toHaveText("1");
    } finally {
      await context.close();
      await database.db.update(events).set({ status: "draft" }).where(eq(events.slug, slug));
    }
  });
});
