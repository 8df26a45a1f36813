import type { Locator, Page } from "@playwright/test";
import { message } from "../support/messages";
import type { Locale } from "../support/seeded";
import { type Delegate, RegistrationPage } from "./registration-page";

/** The focal point's page of a delegation, opened by its secret link. */
export class DelegationPage {
  readonly form: RegistrationPage;

  constructor(
    readonly page: Page,
    readonly dialogue: { slug: string },
    readonly token: string,
    readonly locale: Locale = "en",
  ) {
    this.form = new RegistrationPage(page, dialogue, locale);
  }

  t(key: string) {
    return message(this.locale, `focalPoint.${key}`);
  }

  async goto() {
    await this.page.goto(`/${this.locale}/delegations/${this.token}`);
  }

  /** "2 of 3 places". */
  get quotaUsed(): Locator {
    return this.page.getByTestId("quota-used");
  }

  get members(): Locator {
    return this.page.locator("#members tbody tr");
  }

  /** Registers a member through the public form's fields, on this page. */
  async registerMember(member: Delegate) {
    await this.form.fill(member);
    await this.form.acceptPrivacy();
    await this.page.getByRole("button", { name: this.t("register.submit") }).click();
  }

  async importMembers(file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByLabel(this.t("import.file")).setInputFiles(file);
    await this.page.getByRole("checkbox", { name: this.t("import.consent") }).check();
    await this.page.getByRole("button", { name: this.t("import.submit") }).click();
  }

  async uploadLetter(file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByLabel(this.t("letter.label")).setInputFiles(file);
    await this.page.getByRole("button", { name: this.t("letter.submit") }).click();
  }
}
