import { expect, type Locator, type Page } from "@playwright/test";
import { en, messagePattern } from "../support/messages";

const t = (key: string) => en(`certificates.${key}`);

/** The organisers' certificates of attendance of one dialogue: counts, and "Send certificates" behind a confirmation. */
export class CertificatesPage {
  constructor(
    readonly page: Page,
    readonly slug: string,
  ) {}

  async goto() {
    await this.page.goto(`/en/dashboard/events/${this.slug}/certificates`);
    await expect(this.page.getByRole("heading", { name: t("dashboard.title"), level: 1 })).toBeVisible();
  }

  /** "Delegates eligible: N". */
  eligible(count: number): Locator {
    return this.page.getByText(t("dashboard.eligible").replace("{count}", String(count)), { exact: true });
  }

  /** Ticks the confirmation (which names the count) and sends. */
  async send(count: number) {
    await this.page
      .getByLabel(messagePattern("en", "certificates.dashboard.confirm", { count: new RegExp(`${count} certificates?`) }))
      .check();
    await this.page.getByRole("button", { name: t("dashboard.send") }).click();
  }

  queued(): Locator {
    return this.page.getByRole("status").filter({ hasText: messagePattern("en", "certificates.dashboard.queued") });
  }

  get nothingToSend(): Locator {
    return this.page.getByText(t("dashboard.nothingToSend"));
  }
}
