import { policyOf, strictPolicyProblems, watchCspViolations } from "./support/csp";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/users";

// In the "camera" project: the desk loads its QR reader (a code-split chunk) only when the camera
// starts, which a nonce policy must allow through 'strict-dynamic'.
test("the check-in desk starts the camera and its QR reader without a CSP violation", async ({ page }) => {
  const violations = await watchCspViolations(page);
  await signIn(page, "checkin");
  const response = await page.goto("/en/dashboard/events/digital-alliance-days-2023/checkin");
  expect(strictPolicyProblems(policyOf(response))).toEqual([]);
  await page.getByRole("button", { name: "Start the camera" }).click();
  await expect(page.getByText("Camera on: hold the QR code in front of it.")).toBeVisible();
  // Let the reader decode a few frames (it reports the fixture badge, known or not).
  await page.waitForTimeout(2000);
  await page.getByRole("button", { name: "Stop the camera" }).click();
  expect(violations).toEqual([]);
});
