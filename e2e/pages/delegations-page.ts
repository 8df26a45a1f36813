import { expect, type Locator, type Page } from "@playwright/test";
import { en } from "../support/messages";

/** A message of the page, its simple {placeholders} filled in. */
const t = (key: string, values: Record<string, string | number> = {}) =>
  en(`delegationsAdmin.${key}`).replace(/\{(\w+)\}/g, (_all, name: string) => String(values[name] ?? `{${name}}`));

export type NewDelegation = {
  name: string;
  country: string;
  quota: number;
  focalName: string;
  focalEmail: string;
  language: string;
  deadline: string;
};

/** The organisers' delegations of a dialogue: the table, each delegation's controls, the create form. */
export class DelegationsPage {
  constructor(
    readonly page: Page,
    readonly slug: string,
  ) {}

  goto() {
    return this.page.goto(`/en/dashboard/events/${this.slug}/delegations`);
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { name: t("title"), level: 1 });
  }

  async create(delegation: NewDelegation) {
    const form = this.page.getByRole("region", { name: t("create.heading") });
    await form.getByLabel(t("fields.name"), { exact: true }).fill(delegation.name);
    await form.getByLabel(t("fields.countryCode"), { exact: true }).selectOption(delegation.country);
    await form.getByLabel(t("fields.quota"), { exact: true }).fill(String(delegation.quota));
    await form.getByLabel(t("fields.focalName"), { exact: true }).fill(delegation.focalName);
    await form.getByLabel(t("fields.focalEmail"), { exact: true }).fill(delegation.focalEmail);
    await form.getByLabel(t("fields.focalLanguage"), { exact: true }).selectOption(delegation.language);
    await form.getByLabel(t("fields.deadline"), { exact: true }).fill(delegation.deadline);
    await form.getByRole("button", { name: t("create.submit") }).click();
  }

  /** The delegation's row in the overview table. */
  row(name: string): Locator {
    return this.page.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name }) });
  }

  /** The delegation's own section: members, quota and deadline, link and approval. */
  section(name: string): Locator {
    return this.page.getByRole("region", { name, exact: true });
  }

  async setQuota(name: string, quota: number) {
    const section = this.section(name);
    await section.getByLabel(t("fields.quota"), { exact: true }).fill(String(quota));
    await section.getByRole("button", { name: t("delegation.save") }).click();
  }

  async press(name: string, action: "reissue" | "revoke" | "approve") {
    await this.section(name)
      .getByRole("button", { name: t(`delegation.${action}`) })
      .click();
  }

  /** A message of the page (a notice, a field error), as English text. */
  async expectMessage(scope: Locator | Page, key: string, values: Record<string, string | number> = {}) {
    await expect(scope.getByText(t(key, values), { exact: true })).toBeVisible();
  }
}
