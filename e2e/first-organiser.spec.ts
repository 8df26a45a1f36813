import { issueSetupLink } from "@/lib/auth/setup-link";
import { SignInPage } from "./pages/sign-in-page";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";
import { en } from "./support/messages";

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
  const email = page.getByLabel(en("auth.setup.email"));
  await email.fill("not-an-email");
  await page.getByLabel(en("auth.setup.password"), { exact: true }).fill("short");
  await page.getByLabel("Repeat the password").fill("different");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByText("Enter an email address such as name@example.org.")).toBeVisible();
  await expect(page.getByText(en("auth.validation.passwordLength"))).toBeVisible();
  await expect(email).toBeFocused();

  await email.fill("lucia.gomez@example.org");
  await page.getByLabel(en("auth.setup.password"), { exact: true }).fill("a long passphrase 2023");
  await page.getByLabel("Repeat the password").fill("a long passphrase 2023");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?created=1/);
  await expect(page.getByText("Your account is ready.")).toBeVisible();

  const signInPage = new SignInPage(page);
  await signInPage.submit("lucia.gomez@example.org", "wrong password here");
  await expect(signInPage.refused).toBeVisible();

  await signInPage.submit("lucia.gomez@example.org", "a long passphrase 2023");
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  await signInPage.expectSignedInAs("Lucía Gómez", en("auth.dashboard.roles.admin"));

  // The link is single-use.
  await page.goto(setupPath!);
  await expect(page.getByText("This setup link is invalid")).toBeVisible();
});
