import type { Browser, BrowserContext } from "@playwright/test";
import { oneTimeTokens } from "@/db/schema";
import { hashToken, newToken } from "@/lib/tokens";
import { AccountsPage } from "./pages/accounts-page";
import { ResetPasswordPage } from "./pages/reset-password-page";
import { expect, test } from "./support/fixtures";
import { en } from "./support/messages";
import { seeded } from "./support/seeded";
import { createUser, e2eDb, signInAs } from "./support/users";

const OVERVIEW = seeded.cartagena.dashboard();

/** A second browser holding a copy of the first one's cookies, as someone who stole them would. */
async function copyOfSession(browser: Browser, from: BrowserContext, baseURL: string | undefined) {
  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(await from.cookies());
  const page = await thief.newPage();
  await page.goto(OVERVIEW);
  await expect(page.getByRole("heading", { name: en("dashboard.nav.overview") })).toBeVisible();
  expect((await page.request.get(`${OVERVIEW}/exports/registrations`)).status()).toBe(200);
  return page;
}

async function expectSignedOut(page: Awaited<ReturnType<typeof copyOfSession>>) {
  await page.goto(OVERVIEW);
  await expect(page).toHaveURL(/\/en\/sign-in/);
  // Route handlers refuse it too, not only pages.
  expect((await page.request.get(`${OVERVIEW}/exports/registrations`)).status()).toBe(401);
}

test("signing out ends the session on the server: a copied cookie stops working", async ({ page, browser, baseURL, signIn }) => {
  // An account of its own: signing out ends the session every test of the worker would share.
  await signIn("organiser", { fresh: true });
  const copy = await copyOfSession(browser, page.context(), baseURL);
  await page.getByRole("button", { name: en("auth.dashboard.signOut") }).click();
  await expect(page).toHaveURL(/\/en\/sign-in/);
  await expectSignedOut(copy);
});

test("disabling an account ends its sessions, copies included", async ({ page, browser, baseURL, signIn }) => {
  const organiser = await createUser("organiser", "copied-disabled");
  const theirs = await browser.newContext({ baseURL });
  await signInAs(await theirs.newPage(), organiser);
  const copy = await copyOfSession(browser, theirs, baseURL);

  await signIn("admin");
  const accounts = new AccountsPage(page);
  await accounts.goto();
  await expect(await accounts.disable(organiser)).toBeVisible();
  await expectSignedOut(copy);
});

test("a password change ends the account's sessions, copies included", async ({ browser, baseURL }) => {
  const organiser = await createUser("organiser", "copied-reset");
  const theirs = await browser.newContext({ baseURL });
  await signInAs(await theirs.newPage(), organiser);
  const copy = await copyOfSession(browser, theirs, baseURL);

  const token = newToken();
  await e2eDb()
    .insert(oneTimeTokens)
    .values({
      purpose: "password_reset",
      tokenHash: hashToken(token),
      userId: organiser.id,
      email: organiser.email,
      expiresAt: new Date(Date.now() + 3600_000),
    });
  const page = await (await browser.newContext({ baseURL })).newPage();
  const reset = new ResetPasswordPage(page);
  await reset.goto(`/en/reset-password/${token}`);
  await reset.choose("another long passphrase");
  await expect(page).toHaveURL(/\/en\/sign-in\?reset=1/);
  await expectSignedOut(copy);
});
