import { issueSetupLink } from "@/lib/auth/setup-link";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";

test("the first organiser creates the admin account from the setup link and signs in", async ({ page, database }) => {
  await page.goto("/en/dashboard");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);

  const setupPath = await issueSetupLink(database.db);
  expect(setupPath, "no administrator exists yet in a fresh database").not.toBeNull();
  await page.goto(setupPath!);
  await expect(page.getByRole("heading", { name: "Create the first administrator" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Mistakes are explained next to the fields, and nothing is created.
  await page.getByLabel("Full name").fill("Lucía Gómez");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Repeat the password").fill("different");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByText("Enter an email address such as name@example.org.")).toBeVisible();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await expect(page.getByLabel("Email")).toBeFocused();

  await page.getByLabel("Email").fill("lucia.gomez@example.org");
  await page.getByLabel("Password", { exact: true }).fill("a long passphrase 2023");
  await page.getByLabel("Repeat the password").fill("a long passphrase 2023");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?created=1/);
  await expect(page.getByText("Your account is ready.")).toBeVisible();

  await page.getByLabel("Email").fill("lucia.gomez@example.org");
  await page.getByLabel("Password").fill("wrong password here");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is incorrect")).toBeVisible();

  await page.getByLabel("Password").fill("a long passphrase 2023");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  await expect(page.getByText("Signed in as Lucía Gómez (administrator)")).toBeVisible();

  // The link is single-use.
  await page.goto(setupPath!);
  await expect(page.getByText("This setup link is invalid")).toBeVisible();
});
