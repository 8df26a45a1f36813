import { eq } from "drizzle-orm";
import { registrations } from "@/db/schema";
import { insertRegistration } from "@/tests/support/fixtures";
import { CheckinDeskPage } from "./pages/checkin-desk-page";
import { CAMERA_TOKEN } from "./support/camera-feed";
import { policyOf, strictPolicyProblems, watchCspViolations } from "./support/csp";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";

// Runs in the "camera" project: Chromium's fake camera shows a QR code carrying CAMERA_TOKEN.
test("a checkin user scans a QR image fed to the camera and the count moves", async ({
  page,
  database,
  dialogues: { cartagena },
  signIn,
}) => {
  const db = database.db;
  await db.delete(registrations).where(eq(registrations.checkInToken, CAMERA_TOKEN));
  await insertRegistration(db, cartagena.id, {
    givenName: "Camila",
    familyName: "Cámara",
    organisation: "MinTIC",
    checkInToken: CAMERA_TOKEN,
  });

  // The desk loads its QR reader (a code-split chunk) when the camera starts: the nonce policy
  // must let it through ('strict-dynamic') without a single violation.
  const violations = await watchCspViolations(page);
  const deskUser = await signIn("checkin");
  const desk = new CheckinDeskPage(page, cartagena);
  expect(strictPolicyProblems(policyOf(await desk.goto()))).toEqual([]);
  await expectNoAxeViolations(page);
  const before = await desk.currentCount();

  await desk.startCamera();
  await expect(desk.cameraOn).toBeVisible();
  await expect(desk.checkedIn("Camila Cámara", "MinTIC")).toBeVisible({ timeout: 15_000 });
  await expect(desk.count).toHaveText(String(before + 1));

  // The badge stays in front of the camera: the next read reports the first check-in.
  await expect(desk.alreadyCheckedIn("Camila Cámara", deskUser.name)).toBeVisible({ timeout: 15_000 });
  await expect(desk.count).toHaveText(String(before + 1));
  await desk.stopCamera();
  expect(violations).toEqual([]);
});
