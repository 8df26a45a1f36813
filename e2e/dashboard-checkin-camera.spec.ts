import { eq } from "drizzle-orm";
import { events, registrations } from "@/db/schema";
import { insertRegistration } from "@/tests/support/fixtures";
import { CAMERA_TOKEN } from "./support/camera-feed";
import { policyOf, strictPolicyProblems, watchCspViolations } from "./support/csp";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";
import { signIn } from "./support/users";

const SLUG = "digital-alliance-days-2023";

// Runs in the "camera" project: Chromium's fake camera shows a QR code carrying CAMERA_TOKEN.
test("a checkin user scans a QR image fed to the camera and the count moves", async ({ page, database }) => {
  const db = database.db;
  const [event] = await db.select().from(events).where(eq(events.slug, SLUG));
  await db.delete(registrations).where(eq(registrations.checkInToken, CAMERA_TOKEN));
  await insertRegistration(db, event!.id, {
    givenName: "Camila",
    familyName: "Cámara",
    organisation: "MinTIC",
    checkInToken: CAMERA_TOKEN,
  });

  // The desk loads its QR reader (a code-split chunk) when the camera starts: the nonce policy
  // must let it through ('strict-dynamic') without a single violation.
  const violations = await watchCspViolations(page);
  const deskUser = await signIn(page, "checkin");
  expect(strictPolicyProblems(policyOf(await page.goto(`/en/dashboard/events/${SLUG}/checkin`)))).toEqual([]);
  await expectNoAxeViolations(page);
  const before = Number(await page.getByTestId("checkin-count").textContent());

  await page.getByRole("button", { name: "Start the camera" }).click();
  await expect(page.getByText("Camera on: hold the QR code in front of it.")).toBeVisible();
  await expect(page.getByText(/Checked in: Camila Cámara \(MinTIC\)/)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId("checkin-count")).toHaveText(String(before + 1));

  // The badge stays in front of the camera: the next read reports the first check-in.
  await expect(page.getByText(new RegExp(`Camila Cámara was already checked in at \\d\\d:\\d\\d by ${deskUser.name}`))).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByTestId("checkin-count")).toHaveText(String(before + 1));
  await page.getByRole("button", { name: "Stop the camera" }).click();
  expect(violations).toEqual([]);
});
