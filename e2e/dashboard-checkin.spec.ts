import { registrations } from "@/db/schema";
import { insertRegistration } from "@/tests/support/fixtures";
import { CheckinDeskPage } from "./pages/checkin-desk-page";
import { signedCheckInCode } from "./support/checkin-codes";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";
import { en } from "./support/messages";

test.describe("check-in without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a desk checks a delegate in by typed code and by name search; a second time says when", async ({
    page,
    database,
    dialogues: { cartagena },
    signIn,
  }) => {
    const tag = `Desk${Date.now().toString(36)}`;
    const delegate = await insertRegistration(database.db, cartagena.id, {
      givenName: "Marisol",
      familyName: tag,
      organisation: "Cancillería",
    });
    const deskUser = await signIn("checkin");
    const desk = new CheckinDeskPage(page, cartagena);
    await desk.goto();
    const count = await desk.currentCount();

    await desk.checkIn(delegate.checkInToken);
    await expect(desk.checkedIn(`Marisol ${tag}`, "Cancillería")).toBeVisible();
    await expect(desk.count).toHaveText(String(count + 1));

    await desk.findAndCheckIn(tag, `Marisol ${tag}`);
    await expect(desk.alreadyCheckedIn(`Marisol ${tag}`, deskUser.name)).toBeVisible();
    await expect(desk.count).toHaveText(String(count + 1));

    // A signed code (what QR codes carry now) reaches the desk whole, dots and all; a forged one does not pass.
    const second = await insertRegistration(database.db, cartagena.id, { givenName: "Tomás", familyName: tag, organisation: "MinTIC" });
    const code = await signedCheckInCode(cartagena.id, second.id);
    await desk.checkIn(`${code.slice(0, -2)}${code.endsWith("AA") ? "BA" : "AA"}`);
    await expect(desk.unknownCode).toBeVisible();
    await desk.checkIn(code);
    await expect(desk.checkedIn(`Tomás ${tag}`, "MinTIC")).toBeVisible();
    await expect(desk.count).toHaveText(String(count + 2));
  });
});

test("the attendance page counts session check-ins and is accessible", async ({ page, database, dialogues: { cartagena }, signIn }) => {
  const db = database.db;
  await signIn("checkin");
  await page.goto(cartagena.dashboard("attendance"));
  await expect(page.getByRole("heading", { name: en("checkin.attendance.title") })).toBeVisible();
  await expectNoAxeViolations(page);
  // Check-in staff see no exports (personal data is for organisers).
  await expect(page.getByRole("link", { name: /Download attendance/ })).toHaveCount(0);
  const [anyRegistration] = await db.select({ id: registrations.id }).from(registrations).limit(1);
  expect(anyRegistration).toBeDefined();
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the desk, the table and the session form fit the screen without sideways scrolling", async ({
    page,
    dialogues: { cartagena },
    signIn,
  }) => {
    await signIn("organiser");
    for (const path of ["checkin", "registrations", "sessions/new", "attendance"]) {
      await page.goto(cartagena.dashboard(path));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // Wide tables scroll inside their own box; the page itself never does.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
    await expectNoAxeViolations(page);
  });
});
