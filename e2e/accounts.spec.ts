import type { Browser } from "@playwright/test";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { mailTo } from "./support/mailbox";
import { createUser, signIn, signInAs } from "./support/users";

/**
 * The single-use link in the newest email of `kind` to `address`, as it arrived over SMTP: the
 * outbox row never holds a working link (it is sealed until sent, then removed).
 */
async function linkFromOutbox(address: string, kind: string): Promise<string> {
  const path = kind === "account.invitation" ? "invitation" : "reset-password";
  const pattern = new RegExp(`https?://\\S+/${path}/[\\w-]+`);
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const texts = (await mailTo(address)).map((mail) => mail.text ?? "");
        link = texts
          .map((text) => pattern.exec(text)?.[0])
          .filter(Boolean)
          .at(-1);
        return link;
      },
      { timeout: 20_000 },
    )
    .toBeTruthy();
  return new URL(link!).pathname;
}

async function freshPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

test("an admin invites an organiser, who chooses a password in their language and signs in", async ({ page, browser, baseURL }) => {
  await signIn(page, "admin");
  await page.goto("/en/dashboard/accounts");
  await expect(page.getByRole("heading", { name: "Accounts", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  const email = uniqueEmail("invitee");
  const invite = page.locator("form", { has: page.getByLabel("Language of the invitation") });
  await invite.getByLabel("Email").fill(email);
  await invite.getByLabel("Role").selectOption("organiser");
  await invite.getByLabel("Language of the invitation").selectOption("es");
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("The invitation has been sent.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("invitation sent");

  const path = await linkFromOutbox(email, "account.invitation");
  expect(path).toMatch(/^\/es\/invitation\//);
  const invitee = await freshPage(browser, baseURL);
  await invitee.goto(path);
  await expect(invitee.getByRole("heading", { name: "Aceptar la invitación" })).toBeVisible();
  await expectNoAxeViolations(invitee);
  await invitee.getByLabel("Nombre completo").fill("Camila Rojas");
  await invitee.getByLabel("Contraseña", { exact: true }).fill("una frase larga 2023");
  await invitee.getByLabel("Repita la contraseña").fill("una frase larga 2023");
  await invitee.getByRole("button", { name: "Crear mi cuenta" }).click();
  await expect(invitee).toHaveURL(/\/es\/sign-in\?created=1/);

  await invitee.getByLabel("Correo electrónico").fill(email);
  await invitee.getByLabel("Contraseña").fill("una frase larga 2023");
  await invitee.getByRole("button", { name: "Entrar" }).click();
  await expect(invitee).toHaveURL(/\/es\/dashboard$/);
  await expect(invitee.getByText("Sesión iniciada como Camila Rojas (organizador/a)")).toBeVisible();
  // Organisers do not see (or reach) the administration.
  await expect(invitee.getByRole("link", { name: "Cuentas" })).toHaveCount(0);
  expect((await invitee.goto("/es/dashboard/accounts"))?.status()).toBe(403);

  // The link worked once.
  await invitee.goto(path);
  await expect(invitee.getByText("Esta invitación no es válida")).toBeVisible();
});

test("password reset: the same answer for any address, a single-use link, old sessions end", async ({ page, browser, baseURL }) => {
  const user = await createUser("organiser", "forgetful");
  const earlier = await freshPage(browser, baseURL);
  await signInAs(earlier, user);

  await page.goto("/en/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await expectNoAxeViolations(page);
  const sent = "If an account uses this address, a link to reset its password is on its way.";
  await page.getByLabel("Email").fill(uniqueEmail("nobody"));
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByText(sent)).toBeVisible();
  await page.reload();
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByText(sent)).toBeVisible();

  const path = await linkFromOutbox(user.email, "account.password_reset");
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("Repeat the new password").fill("short");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await page.getByLabel("Repeat the new password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?reset=1/);
  await expect(page.getByText("Your password has been changed.")).toBeVisible();

  // The session that began before the reset is over.
  await earlier.goto("/en/dashboard");
  await expect(earlier).toHaveURL(/\/en\/sign-in/);

  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is incorrect")).toBeVisible();
  await page.getByLabel("Password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard$/);

  await page.goto(path);
  await expect(page.getByText("This link is invalid, has expired or was already used.")).toBeVisible();
});

test("a disabled organiser loses access at once", async ({ page, browser, baseURL }) => {
  const organiser = await createUser("organiser", "soon-disabled");
  const theirs = await freshPage(browser, baseURL);
  await signInAs(theirs, organiser);
  await theirs.goto("/en/dashboard/events/digital-alliance-days-2023");
  await expect(theirs.getByRole("heading", { name: "Overview" })).toBeVisible();

  await signIn(page, "admin");
  await page.goto("/en/dashboard/accounts");
  const row = page.getByRole("row", { name: new RegExp(organiser.email) });
  await row.getByRole("button", { name: `Disable: ${organiser.name}` }).click();
  await expect(row.getByText("The account has been disabled.")).toBeVisible();

  await theirs.reload();
  await expect(theirs).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  await theirs.getByLabel("Email").fill(organiser.email);
  await theirs.getByLabel("Password").fill(organiser.password);
  await theirs.getByRole("button", { name: "Sign in" }).click();
  await expect(theirs.getByText("Email or password is incorrect, or the account is disabled.")).toBeVisible();

  // An admin cannot disable their own account: no button for it.
  await page.reload();
  await expect(page.getByRole("row", { name: /\(you\)/ }).getByRole("button", { name: /Disable/ })).toHaveCount(0);
});

test("sign-in attempts are limited, with the same words for known and unknown addresses", async ({ page }) => {
  const address = uniqueEmail("guess");
  await page.goto("/en/sign-in");
  // Each attempt waits for its answer (the form is reset after each).
  const attempt = async (password: string) => {
    await page.getByLabel("Email").fill(address);
    await page.getByLabel("Password").fill(password);
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/en/sign-in")),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    // React resets the form once the answer is applied; typing before that would be wiped.
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  };
  for (let i = 0; i < 5; i++) {
    await attempt(`guess number ${i}`);
    await expect(page.getByText("Email or password is incorrect")).toBeVisible();
  }
  // Then each further attempt from here waits (30 s first, doubling each time).
  await attempt("one more guess");
  await expect(page.getByText("Too many sign-in attempts. Wait 1 minute, then try again.")).toBeVisible();
});

test("an admin changes an organiser's role: it applies at once and their old session ends", async ({ page, browser, baseURL }) => {
  const organiser = await createUser("organiser", "role-change");
  const theirs = await freshPage(browser, baseURL);
  await signInAs(theirs, organiser);

  await signIn(page, "admin");
  await page.goto("/en/dashboard/accounts");
  const row = page.getByRole("row", { name: new RegExp(organiser.email) });
  await row.getByLabel(`Role of ${organiser.name}`).selectOption("checkin");
  await row.getByRole("button", { name: `Change role: ${organiser.name}` }).click();
  await expect(row.getByText("The role has been changed.")).toBeVisible();

  await theirs.goto("/en/dashboard/events/digital-alliance-days-2023");
  await expect(theirs).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  await signInAs(theirs, organiser);
  await expect(theirs.getByText(`Signed in as ${organiser.name} (check-in staff)`)).toBeVisible();
  expect((await theirs.goto("/en/dashboard/events/digital-alliance-days-2023"))?.status()).toBe(403);
});

test("without JavaScript, a password reset works from the emailed link", async ({ browser, baseURL }) => {
  const user = await createUser("checkin", "nojs");
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/fr/forgot-password");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(page.getByText("Si un compte utilise cette adresse")).toBeVisible();

  const path = await linkFromOutbox(user.email, "account.password_reset");
  await page.goto(path);
  await page.getByLabel("New password", { exact: true }).fill("no script needed here");
  await page.getByLabel("Repeat the new password").fill("something else entirely");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText("The two passwords do not match.")).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("no script needed here");
  await page.getByLabel("Repeat the new password").fill("no script needed here");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?reset=1/);
  await context.close();
});
