import type { Download, Locator, Page } from "@playwright/test";
import { en } from "../support/messages";

/** The administrators' visa letters page of one dialogue (English). */
export class VisaLettersPage {
  constructor(
    readonly page: Page,
    readonly slug: string,
  ) {}

  get path() {
    return `/en/dashboard/events/${this.slug}/visa`;
  }

  async goto() {
    return this.page.goto(this.path);
  }

  done(key: "issued" | "emailed" | "letterhead"): Locator {
    return this.page.getByText(en(`visa.done.${key}`));
  }

  /** A delegate's row in the requests table. */
  row(name: string): Locator {
    return this.page.getByRole("row").filter({ hasText: name });
  }

  async saveLetterhead(letterhead: { issuingBody: string; signatoryName: string; signatoryTitle: string }, logo?: Buffer) {
    await this.page.getByLabel(en("visa.letterhead.issuingBody")).fill(letterhead.issuingBody);
    await this.page.getByLabel(en("visa.letterhead.signatoryName")).fill(letterhead.signatoryName);
    await this.page.getByLabel(en("visa.letterhead.signatoryTitle")).fill(letterhead.signatoryTitle);
    if (logo)
      await this.page.getByLabel(en("visa.letterhead.logo")).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
    await this.page.getByRole("button", { name: en("visa.letterhead.save") }).click();
  }

  async issue(name: string) {
    await this.page.getByRole("button", { name: en("visa.issueFor").replace("{name}", name) }).click();
  }

  downloadLink(name: string): Locator {
    return this.page.getByRole("link", { name: en("visa.downloadFor").replace("{name}", name) });
  }

  async download(name: string): Promise<Download> {
    const downloading = this.page.waitForEvent("download");
    await this.downloadLink(name).click();
    return downloading;
  }

  async email(name: string) {
    await this.page.getByRole("button", { name: en("visa.emailFor").replace("{name}", name) }).click();
  }
}
