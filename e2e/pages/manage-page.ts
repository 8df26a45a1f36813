import type { Locator, Page } from "@playwright/test";
import { message } from "../support/messages";
import type { Locale } from "../support/seeded";

type Status = "pending" | "confirmed" | "rejected" | "cancelled" | "unconfirmed" | "expired" | "waitlisted";

/** A delegate's personal page (the link in their emails): status, QR code, confirm, change, cancel, erase. */
export class ManagePage {
  constructor(
    readonly page: Page,
    readonly locale: Locale = "en",
  ) {}

  private t(key: string) {
    return message(this.locale, `registration.manage.${key}`);
  }

  goto(link: string) {
    return this.page.goto(link);
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** "Your registration: {event}". */
  title(event: string): string {
    return this.t("title").replace("{event}", event);
  }

  status(status: Status): Locator {
    return this.page.getByText(this.t(`status.${status}`), { exact: true });
  }

  done(what: "saved" | "cancelled" | "erased" | "addressConfirmed"): Locator {
    return this.page.getByText(this.t(`done.${what}`));
  }

  /** The check-in QR code (only once the registration is confirmed). */
  get qrCode(): Locator {
    return this.page.getByRole("img", { name: this.t("qrAlt") });
  }

  /** The QR code's PNG, as the browser loads it. */
  async qrPng(): Promise<Buffer> {
    const response = await this.page.request.get((await this.qrCode.getAttribute("src"))!);
    return response.body();
  }

  /** "You are on its waiting list, number N" (a registration made while the dialogue was full). */
  waitlistPlace(position: number): Locator {
    return this.page.getByText(this.t("statusText.waitlisted").replace("{position}", String(position)));
  }

  /** Cancels the registration from the personal page (ticks the confirmation first). */
  async cancel() {
    await this.page.getByLabel(this.t("cancelConfirm")).check();
    await this.page.getByRole("button", { name: this.t("cancelSubmit") }).click();
  }

  get confirmButton(): Locator {
    return this.page.getByRole("button", { name: this.t("confirmSubmit") });
  }

  async confirm() {
    await this.confirmButton.click();
  }

  /** The form that sends a lost personal link again (/manage, without a token). */
  gotoLostLink() {
    return this.page.goto(`/${this.locale}/manage`);
  }

  /** On the lost-link form: asks for the link of `address`. */
  async requestLink(address: string) {
    await this.page.getByLabel(message(this.locale, "registration.fields.email")).fill(address);
    await this.page.getByRole("button", { name: message(this.locale, "registration.lostLink.submit") }).click();
  }

  get linkSent(): Locator {
    return this.page.getByText(message(this.locale, "registration.lostLink.sent"));
  }

  /** A delegate's name in their details. */
  name(name: string): Locator {
    return this.page.getByText(name, { exact: true });
  }
}
