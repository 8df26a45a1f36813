import { expect, type Locator, type Page } from "@playwright/test";
import { en } from "../support/messages";

/** A message of the page, its simple {placeholders} filled in. */
const t = (key: string, values: Record<string, string | number> = {}) =>
  en(`invitations.${key}`).replace(/\{(\w+)\}/g, (_all, name: string) => String(values[name] ?? `{${name}}`));

/** The organisers' invitation list of a dialogue: import, add, send, remind. */
export class InvitationsPage {
  constructor(
    readonly page: Page,
    readonly slug: string,
  ) {}

  goto() {
    return this.page.goto(`/en/dashboard/events/${this.slug}/invitations`);
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { name: t("title"), level: 1 });
  }

  /** Uploads a list (CSV or XLSX) through the import form. */
  async import(name: string, buffer: Buffer) {
    await this.page.getByLabel(t("fields.file")).setInputFiles({ name, mimeType: "application/octet-stream", buffer });
    await this.page.getByRole("button", { name: t("import.submit") }).click();
  }

  /** The error naming one row of a refused file. */
  rowError(row: number, field: string, error: string): Locator {
    return this.page.getByText(t("import.rowError", { row, field: t(`fields.${field}`), error: t(`errors.${error}`) }));
  }

  /** The invitee's row in the table. */
  invitee(name: string): Locator {
    return this.page.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name }) });
  }

  async sendInvitations() {
    await this.page.getByRole("button", { name: t("send.all") }).click();
  }

  /** The notice after a post ("2 invitees imported."): the text as the page shows it. */
  async expectNotice(text: string) {
    await expect(this.page.getByRole("status").filter({ hasText: text })).toBeVisible();
  }
}
