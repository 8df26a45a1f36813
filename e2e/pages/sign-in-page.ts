import { expect, type Locator, type Page } from "@playwright/test";
import { message } from "../support/messages";
import type { Locale } from "../support/seeded";

/** The organisers' sign-in form. */
export class SignInPage {
  constructor(
    readonly page: Page,
    readonly locale: Locale = "en",
  ) {}

  private t(key: string) {
    return message(this.locale, `auth.signIn.${key}`);
  }

  async goto() {
    await this.page.goto(`/${this.locale}/sign-in`);
  }

  get email(): Locator {
    return this.page.getByLabel(this.t("email"));
  }

  get password(): Locator {
    return this.page.getByLabel(this.t("password"));
  }

  get submitButton(): Locator {
    return this.page.getByRole("button", { name: this.t("submit") });
  }

  /** Types the credentials and sends them; the caller checks where that leads. */
  async submit(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submitButton.click();
  }

  /** Signs in and waits for the dashboard. */
  async signIn(user: { email: string; password: string }) {
    await this.submit(user.email, user.password);
    await this.page.waitForURL(new RegExp(`/${this.locale}/dashboard`));
  }

  /** "Email or password is incorrect…": the same words whatever was wrong. */
  get refused(): Locator {
    return this.page.getByText(this.t("invalid").split(",")[0]!);
  }

  async expectSignedInAs(name: string, role?: string) {
    const line = message(this.locale, "auth.dashboard.signedInAs").replace("{name}", name);
    await expect(this.page.getByText(role ? line.replace("{role}", role) : line.split(" ({role})")[0]!)).toBeVisible();
  }
}
