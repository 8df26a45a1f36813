import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { and, asc, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { emailOutbox, registrations } from "@/db/schema";
import { insertRegistration } from "@/tests/support/fixtures";
import { RegistrationsPage } from "./pages/registrations-page";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";

test.describe("organisers' registrations", () => {
  test("an organiser searches, filters and edits a registration", async ({ page, database, dialogues: { cartagena }, signIn }) => {
    const db = database.db;
    const event = cartagena;
    const tag = `Lab${Date.now().toString(36)}`;
    const target = await insertRegistration(db, event.id, {
      givenName: "Inés",
      familyName: "Zamora",
      organisation: `${tag} Agency`,
      countryCode: "UY",
      status: "pending",
    });
    await insertRegistration(db, event.id, { organisation: `${tag} Agency`, countryCode: "AR" });
    await insertRegistration(db, event.id, { organisation: `${tag} Institute`, countryCode: "UY", status: "confirmed" });

    await signIn("organiser");
    const table = new RegistrationsPage(page, cartagena);
    await table.goto();
    await expect(table.heading).toBeVisible();
    await expectNoAxeViolations(page);

    await table.search(tag.toUpperCase());
    await expect(table.matches(3)).toBeVisible();
    await table.filter({ country: "UY", status: "pending" });
    await expect(page).toHaveURL(/status=pending/);
    await expect(table.matches(1)).toBeVisible();
    await table.open("Zamora, Inés");

    await expect(page.getByRole("heading", { name: "Inés Zamora" })).toBeVisible();
    await expectNoAxeViolations(page);
    await table.edit();
    await expect(page.getByRole("heading", { name: "Edit registration" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("Organisation").fill("");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("This field is required.")).toBeVisible();
    await expect(page.getByLabel("Organisation")).toBeFocused();
    await page.getByLabel("Organisation").fill(`${tag} Ministry`);
    await page.getByRole("button", { name: "Save changes" }).click();

    await expect(page.getByText("The changes are saved.")).toBeVisible();
    await expect(page.getByText(`${tag} Ministry`).first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "registration.update" })).toBeVisible();
    const [row] = await db.select().from(registrations).where(eq(registrations.id, target.id));
    expect(row!.organisation).toBe(`${tag} Ministry`);
  });

  test("an organiser approves a pending delegate and the email arrives", async ({
    page,
    database,
    dialogues: { cartagena },
    inbox,
    signIn,
  }) => {
    const db = database.db;
    const pending = await insertRegistration(db, cartagena.id, {
      givenName: "Tomás",
      familyName: "Rivera",
      status: "pending",
      locale: "es",
    });
    await signIn("organiser");
    const registrationsPage = new RegistrationsPage(page, cartagena);
    await registrationsPage.gotoRegistration(pending.id);
    await expect(registrationsPage.status("pending")).toBeVisible();
    await registrationsPage.approve();
    await expect(registrationsPage.approved).toBeVisible();
    await expect(registrationsPage.status("confirmed")).toBeVisible();

    // The outbox sender delivers it over SMTP to the test mail server, in the delegate's language.
    const mail = await inbox.waitForKind(pending.email, "confirmed", { locale: "es" });
    expect(mail.text).toContain("Tomás");
    // The sender marks the row sent once the SMTP server has answered: the mail can arrive first.
    const outboxStatus = async () => {
      const [row] = await db
        .select()
        .from(emailOutbox)
        .where(and(eq(emailOutbox.registrationId, pending.id), eq(emailOutbox.kind, "registration.confirmed")));
      return row?.status;
    };
    await expect.poll(outboxStatus).toBe("sent");
    await page.reload();
    await expect(page.getByText(/Inscripción confirmada: .* \(Sent\)/)).toBeVisible();

    // Cancelling needs an explicit confirmation.
    await registrationsPage.cancel({ confirm: false });
    await expect(page.getByText("Tick the box to confirm the cancellation.")).toBeVisible();
    await registrationsPage.cancel({ confirm: true });
    await expect(registrationsPage.cancelled).toBeVisible();
    await expect(registrationsPage.status("cancelled")).toBeVisible();
  });

  test("exports follow the table's filters, match the database, and are for organisers only", async ({
    page,
    database,
    browser,
    baseURL,
    dialogues: { cartagena },
    signIn,
  }) => {
    const db = database.db;
    const event = cartagena;
    const tag = `Exp${Date.now().toString(36)}`;
    await insertRegistration(db, event.id, { organisation: `=cmd|' /C calc'!A0 ${tag}`, countryCode: "PY" });
    await insertRegistration(db, event.id, { organisation: `${tag} Org`, countryCode: "PY", familyName: "Benítez" });
    await insertRegistration(db, event.id, { organisation: `${tag} Org`, countryCode: "EC" });
    const expected = await db
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, event.id), eq(registrations.countryCode, "PY")))
      .orderBy(asc(registrations.createdAt), asc(registrations.id));
    const matching = expected.filter((r) => r.organisation.includes(tag));

    await signIn("organiser");
    const table = new RegistrationsPage(page, cartagena);
    await table.goto(`q=${tag}&country=PY&sort=created&dir=asc`);
    await expect(table.matches(2)).toBeVisible();
    const download = await table.exportCsv();
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${cartagena.slug}-registrations-.*\\.csv$`));
    const csv = parse(readFileSync((await download.path())!), { bom: true, columns: true }) as Record<string, string>[];
    expect(csv.map((r) => [r.id, r.email, r.family_name, r.organisation])).toEqual(
      matching.map((r) => [
        String(r.id),
        r.email,
        r.familyName,
        /^[=+\-@\t\r]/.test(r.organisation) ? `'${r.organisation}` : r.organisation,
      ]),
    );

    const xlsxResponse = await page.request.get(
      `${cartagena.dashboard("exports")}/registrations?q=${tag}&country=PY&sort=created&dir=asc&format=xlsx`,
    );
    expect(xlsxResponse.status()).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxResponse.body()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(matching.length + 1);
    // XLSX text cells are never evaluated: the organisation is stored as typed, with no apostrophe.
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    expect(String(sheet.getRow(2).getCell(headers.indexOf("organisation")).value)).toBe(matching[0]!.organisation);

    // The route handler checks the session and role itself.
    const exportUrl = `${baseURL}${cartagena.dashboard("exports")}/attendance?format=csv`;
    const anonymous = await browser.newContext();
    // A download is not a page view: the proxy lets it through and the route handler refuses it...
    expect((await anonymous.request.get(exportUrl, { maxRedirects: 0 })).status()).toBe(401);
    // ...as it refuses a forged session cookie.
    await anonymous.addCookies([{ name: "authjs.session-token", value: "forged", url: baseURL! }]);
    expect((await anonymous.request.get(exportUrl, { maxRedirects: 0 })).status()).toBe(401);
    await anonymous.close();
    const deskContext = await browser.newContext({ baseURL });
    await signIn("checkin", { page: await deskContext.newPage() });
    expect((await deskContext.request.get(exportUrl)).status()).toBe(403);
    await deskContext.close();
  });

  test("the exports page is accessible", async ({ page, dialogues: { cartagena }, signIn }) => {
    await signIn("organiser");
    await page.goto(cartagena.dashboard("exports"));
    await expect(page.getByRole("heading", { name: "Exports" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
