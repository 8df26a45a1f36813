import type { Locator, Page } from "@playwright/test";
import { en } from "../support/messages";

const t = (key: string) => en(`registrations.${key}`);

/** The organisers' registrations table of a dialogue, and a registration's own page. */
export class RegistrationsPage {
  constructor(
    readonly page: Page,
    readonly dialogue: { dashboard(section?: string): string },
  ) {}

  get path() {
    return this.dialogue.dashboard("registrations");
  }

  /** The table, with a query string of filters if given (`q=…&country=PY`). */
  goto(query = "") {
    return this.page.goto(query ? `${this.path}?${query}` : this.path);
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { name: t("list.title"), level: 1 });
  }

  async search(text: string) {
    await this.page.getByLabel(t("list.search")).fill(text);
    await this.apply();
  }

  async filter(filters: { country?: string; status?: string }) {
    if (filters.country) await this.page.getByLabel(t("fields.countryCode")).selectOption(filters.country);
    if (filters.status) await this.page.getByLabel(t("fields.status")).selectOption(filters.status);
    await this.apply();
  }

  private async apply() {
    await this.page.getByRole("button", { name: t("list.apply") }).click();
  }

  /** "3 registrations match". */
  matches(count: number): Locator {
    return this.page.getByText(count === 1 ? "1 registration matches" : `${count} registrations match`);
  }

  /** Opens a registration from the table by the name it shows ("Zamora, Inés"). */
  async open(name: string) {
    await this.page.getByRole("link", { name }).click();
  }

  async exportCsv() {
    const download = this.page.waitForEvent("download");
    await this.page.getByRole("link", { name: t("list.exportCsv") }).click();
    return download;
  }

  // A registration's own page.

  gotoRegistration(id: number) {
    return this.page.goto(`${this.path}/${id}`);
  }

  status(status: "pending" | "confirmed" | "cancelled"): Locator {
    return this.page.getByText(t(`status.${status}`), { exact: true });
  }

  /** Approves the pending registration shown. */
  async approve() {
    await this.page.getByRole("button", { name: t("decisions.approve") }).click();
  }

  get approved(): Locator {
    return this.page.getByText(t("decisions.approved"));
  }

  /** Presses "Cancel this registration", ticking the confirmation first if asked to. */
  async cancel(options: { confirm: boolean }) {
    if (options.confirm) await this.page.getByLabel(t("decisions.cancelConfirm")).check();
    await this.page.getByRole("button", { name: t("decisions.cancel") }).click();
  }

  get cancelled(): Locator {
    return this.page.getByText(t("decisions.cancelled"));
  }

  async edit() {
    await this.page.getByRole("link", { name: t("detail.edit") }).click();
  }
}
