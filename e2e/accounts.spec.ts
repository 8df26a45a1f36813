import type { Browser } from "@playwright/test";
import { AccountsPage } from "./pages/accounts-page";
import { ResetPasswordPage } from "./pages/reset-password-page";
import { SignInPage } from "./pages/sign-in-page";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { mailTo } from "./support/mailbox";
import { en } from "./support/messages";
import { seeded } from "./support/seeded";
import { createUser, signInAs } from "./support/users";

const OVERVIEW = seeded.cartagena.dashboard();

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

test("an admin invites an organiser, who chooses a password in their language and signs in", async ({ page, browser, baseURL, signIn }) => {
  await signIn("admin");
  const accounts = new AccountsPage(page);
  await accounts.goto();
  await expect(accounts.heading).toBeVisible();
  await expectNoAxeViolations(page);

  const email = uniqueEmail("invitee");
  await accounts.invite(email, "organiser", "es");
  await expect(accounts.invited).toBeVisible();
  await page.reload();
  await expect(accounts.row(email)).toContainText("invitation sent");

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

  await new SignInPage(invitee, "es").submit(email, "una frase larga 2023");
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

  const signInPage = new SignInPage(page);
  await signInPage.goto();
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await expectNoAxeViolations(page);
  const sent = "If an account uses this address, a link to reset its password is on its way.";
  await page.getByLabel(en("accounts.forgot.email")).fill(uniqueEmail("nobody"));
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByText(sent)).toBeVisible();
  await page.reload();
  await page.getByLabel(en("accounts.forgot.email")).fill(user.email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByText(sent)).toBeVisible();

  const path = await linkFromOutbox(user.email, "account.password_reset");
  const reset = new ResetPasswordPage(page);
  await reset.goto(path);
  await expect(reset.heading).toBeVisible();
  await expectNoAxeViolations(page);
  await reset.choose("short");
  await expect(page.getByText(en("auth.validation.passwordLength"))).toBeVisible();
  await reset.choose("a brand new passphrase");
  await expect(page).toHaveURL(/\/en\/sign-in\?reset=1/);
  await expect(page.getByText("Your password has been changed.")).toBeVisible();

  // The session that began before the reset is over.
  await earlier.goto("/en/dashboard");
  await expect(earlier).toHaveURL(/\/en\/sign-in/);

  await signInPage.submit(user.email, user.password);
  await expect(signInPage.refused).toBeVisible();
  await signInPage.submit(user.email, "a brand new passphrase");
  await expect(page).toHaveURL(/\/en\/dashboard$/);

  await reset.goto(path);
  await expect(reset.invalidLink).toBeVisible();
});

test("a disabled organiser loses access at once", async ({ page, browser, baseURL, signIn }) => {
  const organiser = await createUser("organiser", "soon-disabled");
  const theirs = await freshPage(browser, baseURL);
  await signInAs(theirs, organiser);
  await theirs.goto(OVERVIEW);
  await expect(theirs.getByRole("heading", { name: en("dashboard.nav.overview") })).toBeVisible();

  await signIn("admin");
  const accounts = new AccountsPage(page);
  await accounts.goto();
  await expect(await accounts.disable(organiser)).toBeVisible();

  await theirs.reload();
  await expect(theirs).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  await new SignInPage(theirs).submit(organiser.email, organiser.password);
  await expect(theirs.getByText(en("auth.signIn.invalid"))).toBeVisible();

  // An admin cannot disable their own account: no button for it.
  await page.reload();
  await expect(accounts.ownDisableButton).toHaveCount(0);
});

test("sign-in attempts are limited, with the same words for known and unknown addresses", async ({ page }) => {
  const address = uniqueEmail("guess");
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  // Each attempt waits for its answer (the form is reset after each).
  const attempt = async (password: string) => {
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/en/sign-in")),
      signInPage.submit(address, password),
    ]);
    // React resets the form once the answer is applied; typing before that would be wiped.
    await expect(signInPage.password).toHaveValue("");
    await expect(signInPage.submitButton).toBeEnabled();
  };
  for (let i = 0; i < 5; i++) {
    await attempt(`guess number ${i}`);
    await expect(signInPage.refused).toBeVisible();
  }
  // Then each further attempt from here waits (30 s first, doubling each time).
  await attempt("one more guess");
  await expect(page.getByText("Too many sign-in attempts. Wait 1 minute, then try again.")).toBeVisible();
});

test("an admin changes an organiser's role: it applies at once and their old session ends", async ({ page, browser, baseURL, signIn }) => {
  const organiser = await createUser("organiser", "role-change");
  const theirs = await freshPage(browser, baseURL);
  await signInAs(theirs, organiser);

  await signIn("admin");
  const accounts = new AccountsPage(page);
  await accounts.goto();
  await expect(await accounts.changeRole(organiser, "checkin")).toBeVisible();

  await theirs.goto(OVERVIEW);
  await expect(theirs).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  await signInAs(theirs, organiser);
  await new SignInPage(theirs).expectSignedInAs(organiser.name, en("auth.dashboard.roles.checkin"));
  expect((await theirs.goto(OVERVIEW))?.status()).toBe(403);
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
  const reset = new ResetPasswordPage(page);
  await reset.goto(path);
  await reset.choose("no script needed here", "something else entirely");
  await expect(page.getByText("The two passwords do not match.")).toBeVisible();
  await reset.choose("no script needed here");
  await expect(page).toHaveURL(/\/en\/sign-in\?reset=1/);
  await context.close();
});

test("an admin limits an organiser to one dialogue: its pages open, the other's answer 403, the dashboard lists only it", async ({
  page,
  browser,
  baseURL,
  signIn,
}) => {
  await signIn("admin");
  const organiser = await createUser("organiser", "limited");
  const accounts = new AccountsPage(page);
  await accounts.goto();
  await expect(await accounts.limitToDialogues(organiser, [seeded.santoDomingo.title()])).toBeVisible();
  await expectNoAxeViolations(page);

  const own = await freshPage(browser, baseURL);
  await signInAs(own, organiser);
  await own.goto("/en/dashboard");
  await expect(own.getByRole("link", { name: seeded.santoDomingo.title() })).toBeVisible();
  await expect(own.getByRole("link", { name: seeded.cartagena.title() })).toHaveCount(0);
  expect((await own.goto(seeded.santoDomingo.dashboard("registrations")))?.status()).toBe(200);
  expect((await own.goto(seeded.cartagena.dashboard("registrations")))?.status()).toBe(403);
  await own.context().close();
});
