import type { Locator, Page } from "@playwright/test";
import { en } from "../support/messages";

const t = (key: string) => en(`accounts.reset.${key}`);

/** The page of an emailed password-reset link: choose a new password. */
export class ResetPasswordPage {
  constructor(readonly page: Page) {}

  goto(path: string) {
    return this.page.goto(path);
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { name: t("title") });
  }

  /** Types the new password twice (`repeat` differs to test the check) and saves. */
  async choose(password: string, repeat = password) {
    await this.page.getByLabel(t("password"), { exact: true }).fill(password);
    await this.page.getByLabel(t("confirm")).fill(repeat);
    await this.page.getByRole("button", { name: t("submit") }).click();
  }

  get invalidLink(): Locator {
    return this.page.getByText(t("invalidLink").split(" Ask")[0]!);
  }
}
