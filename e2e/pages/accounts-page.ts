import type { Locator, Page } from "@playwright/test";
import type { Role } from "@/lib/auth/roles";
import { en } from "../support/messages";

const t = (key: string) => en(`accounts.manage.${key}`);
type Account = { email: string; name: string };

/** The administrators' accounts page: invitations, roles, disabling. */
export class AccountsPage {
  constructor(readonly page: Page) {}

  goto() {
    return this.page.goto("/en/dashboard/accounts");
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { name: t("title"), level: 1 });
  }

  /** An account's row, by its email address. */
  row(email: string): Locator {
    return this.page.getByRole("row", { name: new RegExp(email) });
  }

  async invite(email: string, role: Role, locale: string) {
    const form = this.page.locator("form", { has: this.page.getByLabel(t("inviteLocale")) });
    await form.getByLabel(t("inviteEmail")).fill(email);
    await form.getByLabel(t("inviteRole")).selectOption(role);
    await form.getByLabel(t("inviteLocale")).selectOption(locale);
    await form.getByRole("button", { name: t("inviteSubmit") }).click();
  }

  get invited(): Locator {
    return this.page.getByText(t("invited"));
  }

  /** Disables an account from its row; the row then says so. */
  async disable(account: Account): Promise<Locator> {
    const row = this.row(account.email);
    await row.getByRole("button", { name: `${t("disable")}: ${account.name}` }).click();
    return row.getByText(t("disabledDone"));
  }

  /** Limits an account to the dialogues titled `titles` ("Only the dialogues ticked below"). */
  async limitToDialogues(account: Account, titles: string[]): Promise<Locator> {
    const row = this.row(account.email);
    await row.getByLabel(t("scopeSome")).check();
    for (const title of titles) await row.getByLabel(title, { exact: true }).check();
    await row.getByRole("button", { name: `${t("scopeSave")}: ${account.name}` }).click();
    return row.getByText(t("scopeSaved"));
  }

  /** Changes an account's role from its row; the row then says so. */
  async changeRole(account: Account, role: Role): Promise<Locator> {
    const row = this.row(account.email);
    await row.getByLabel(t("roleFor").replace("{name}", account.name)).selectOption(role);
    await row.getByRole("button", { name: `${t("saveRole")}: ${account.name}` }).click();
    return row.getByText(t("roleChanged"));
  }

  /** The administrator's own row ("(you)"), which has no Disable button. */
  get ownDisableButton(): Locator {
    return this.page.getByRole("row", { name: new RegExp(t("you").replace(/[()]/g, "\\$&")) }).getByRole("button", { name: /Disable/ });
  }
}
