import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { and, asc, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { emailOutbox, events, registrations } from "@/db/schema";
import { insertRegistration } from "@/tests/support/fixtures";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";
import { waitForMail } from "./support/mailbox";
import { signIn } from "./support/users";

const SLUG = "digital-alliance-days-2023";
const base = `/en/dashboard/events/${SLUG}/registrations`;

test.describe("organisers' registrations", () => {
  test("an organiser searches, filters and edits a registration", async ({ page, database }) => {
    const db = database.db;
    const [event] = await db.select().from(events).where(eq(events.slug, SLUG));
    const tag = `Lab${Date.now().toString(36)}`;
    const target = await insertRegistration(db, event!.id, {
      givenName: "Inés",
      familyName: "Zamora",
      organisation: `${tag} Agency`,
      countryCode: "UY",
      status: "pending",
    });
    await insertRegistration(db, event!.id, { organisation: `${tag} Agency`, countryCode: "AR" });
    await insertRegistration(db, event!.id, { organisation: `${tag} Institute`, countryCode: "UY", status: "confirmed" });

    await signIn(page, "organiser");
    await page.goto(base);
    await expect(page.getByRole("heading", { name: "Registrations", level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("Search by name, email or organisation").fill(tag.toUpperCase());
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByText("3 registrations match")).toBeVisible();
    await page.getByLabel("Country").selectOption("UY");
    await page.getByLabel("Status").selectOption("pending");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/status=pending/);
    await expect(page.getByText("1 registration matches")).toBeVisible();
    await page.getByRole("link", { name: "Zamora, Inés" }).click();

    await expect(page.getByRole("heading", { name: "Inés Zamora" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Edit details" }).click();
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

  test("an organiser approves a pending delegate and the email arrives", async ({ page, database }) => {
    const db = database.db;
    const [event] = await db.select().from(events).where(eq(events.slug, SLUG));
    const pending = await insertRegistration(db, event!.id, { givenName: "Tomás", familyName: "Rivera", status: "pending", locale: "es" });
    await signIn(page, "organiser");
    await page.goto(`${base}/${pending.id}`);
    await expect(page.getByText("Pending", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByText("Approved. The delegate will receive an email.")).toBeVisible();
    await expect(page.getByText("Confirmed", { exact: true })).toBeVisible();

    // The outbox sender delivers it over SMTP to the test mail server, in the delegate's language.
    const mail = await waitForMail(pending.email, { subject: /Inscripción confirmada/ });
    expect(mail.text).toContain("Tomás");
    const [row] = await db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.registrationId, pending.id), eq(emailOutbox.kind, "registration.confirmed")));
    expect(row!.status).toBe("sent");
    await page.reload();
    await expect(page.getByText(/Inscripción confirmada: .* \(Sent\)/)).toBeVisible();

    // Cancelling needs an explicit confirmation.
    await page.getByRole("button", { name: "Cancel this registration" }).click();
    await expect(page.getByText("Tick the box to confirm the cancellation.")).toBeVisible();
    await page.getByLabel(/Yes, cancel/).check();
    await page.getByRole("button", { name: "Cancel this registration" }).click();
    await expect(page.getByText("Cancelled. Their seats went to the waiting lists.")).toBeVisible();
    await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();
  });

  test("exports follow the table's filters, match the database, and are for organisers only", async ({
    page,
    database,
    browser,
    baseURL,
  }) => {
    const db = database.db;
    const [event] = await db.select().from(events).where(eq(events.slug, SLUG));
    const tag = `Exp${Date.now().toString(36)}`;
    await insertRegistration(db, event!.id, { organisation: `=cmd|' /C calc'!A0 ${tag}`, countryCode: "PY" });
    await insertRegistration(db, event!.id, { organisation: `${tag} Org`, countryCode: "PY", familyName: "Benítez" });
    await insertRegistration(db, event!.id, { organisation: `${tag} Org`, countryCode: "EC" });
    const expected = await db
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, event!.id), eq(registrations.countryCode, "PY")))
      .orderBy(asc(registrations.createdAt), asc(registrations.id));
    const matching = expected.filter((r) => r.organisation.includes(tag));

    await signIn(page, "organiser");
    await page.goto(`${base}?q=${tag}&country=PY&sort=created&dir=asc`);
    await expect(page.getByText("2 registrations match")).toBeVisible();
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export these as CSV" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^digital-alliance-days-2023-registrations-.*\.csv$/);
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
      `${base.replace("/registrations", "")}/exports/registrations?q=${tag}&country=PY&sort=created&dir=asc&format=xlsx`,
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
    const exportUrl = `${baseURL}/en/dashboard/events/${SLUG}/exports/attendance?format=csv`;
    const anonymous = await browser.newContext();
    // A download is not a page view: the proxy lets it through and the route handler refuses it...
    expect((await anonymous.request.get(exportUrl, { maxRedirects: 0 })).status()).toBe(401);
    // ...as it refuses a forged session cookie.
    await anonymous.addCookies([{ name: "authjs.session-token", value: "forged", url: baseURL! }]);
    expect((await anonymous.request.get(exportUrl, { maxRedirects: 0 })).status()).toBe(401);
    await anonymous.close();
    const deskContext = await browser.newContext({ baseURL });
    await signIn(await deskContext.newPage(), "checkin");
    expect((await deskContext.request.get(exportUrl)).status()).toBe(403);
    await deskContext.close();
  });

  test("the exports page is accessible", async ({ page }) => {
    await signIn(page, "organiser");
    await page.goto(`/en/dashboard/events/${SLUG}/exports`);
    await expect(page.getByRole("heading", { name: "Exports" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
