import { eq } from "drizzle-orm";
import { events, registrations } from "@/db/schema";
import { insertRegistration } from "@/tests/support/fixtures";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";
import { signIn } from "./support/users";

const SLUG = "digital-alliance-days-2023";

test.describe("check-in without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a desk checks a delegate in by typed code and by name search; a second time says when", async ({ page, database }) => {
    const db = database.db;
    const [event] = await db.select().from(events).where(eq(events.slug, SLUG));
    const tag = `Desk${Date.now().toString(36)}`;
    const delegate = await insertRegistration(db, event!.id, { givenName: "Marisol", familyName: tag, organisation: "Cancillería" });
    const deskUser = await signIn(page, "checkin");
    await page.goto(`/en/dashboard/events/${SLUG}/checkin`);
    const count = Number(await page.getByTestId("checkin-count").textContent());

    await page.getByLabel("Code from the badge").fill(delegate.checkInToken);
    await page.getByRole("button", { name: "Check in", exact: true }).click();
    await expect(page.getByText(`Checked in: Marisol ${tag} (Cancillería)`)).toBeVisible();
    await expect(page.getByTestId("checkin-count")).toHaveText(String(count + 1));

    await page.getByRole("searchbox", { name: "Find a delegate by name, email or organisation" }).fill(tag);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("button", { name: `Check in Marisol ${tag}` }).click();
    await expect(page.getByText(new RegExp(`Marisol ${tag} was already checked in at \\d\\d:\\d\\d by ${deskUser.name}`))).toBeVisible();
    await expect(page.getByTestId("checkin-count")).toHaveText(String(count + 1));
  });
});

test("the attendance page counts session check-ins and is accessible", async ({ page, database }) => {
  const db = database.db;
  await signIn(page, "checkin");
  await page.goto(`/en/dashboard/events/${SLUG}/attendance`);
  await expect(page.getByRole("heading", { name: "Live attendance" })).toBeVisible();
  await expectNoAxeViolations(page);
  // Check-in staff see no exports (personal data is for organisers).
  await expect(page.getByRole("link", { name: /Download attendance/ })).toHaveCount(0);
  const [anyRegistration] = await db.select({ id: registrations.id }).from(registrations).limit(1);
  expect(anyRegistration).toBeDefined();
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the desk, the table and the session form fit the screen without sideways scrolling", async ({ page }) => {
    await signIn(page, "organiser");
    for (const path of ["checkin", "registrations", "sessions/new", "attendance"]) {
      await page.goto(`/en/dashboard/events/${SLUG}/${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // Wide tables scroll inside their own box; the page itself never does.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
    await expectNoAxeViolations(page);
  });
});
