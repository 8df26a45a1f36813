import { expect, type Locator, type Page } from "@playwright/test";
import { en } from "../support/messages";

const t = (key: string) => en(`mailings.${key}`);
type Language = "en" | "es" | "pt" | "fr";

export type Mailing = {
  audience: Record<string, string>;
  texts: Partial<Record<Language, { subject: string; body: string }>>;
};

/** The organisers' mailings of a dialogue: the list, the compose form, a mailing's preview and send form. */
export class MailingsPage {
  constructor(
    readonly page: Page,
    readonly dialogue: { dashboard(section?: string): string },
  ) {}

  async goto() {
    await this.page.goto(this.dialogue.dashboard("mailings"));
    await expect(this.page.getByRole("heading", { name: t("title"), level: 1 })).toBeVisible();
  }

  async startNew() {
    await this.goto();
    await this.page.getByRole("link", { name: t("new") }).click();
    await expect(this.page.getByRole("heading", { name: t("compose.title"), level: 1 })).toBeVisible();
  }

  /** The fieldset of one language of the compose form. */
  language(lang: Language): Locator {
    return this.page.getByRole("group", { name: en(`sessionsAdmin.form.language.${lang}`) });
  }

  /** Fills the compose form (audience selects by field name, texts per language) and asks for the preview. */
  async compose(mailing: Mailing) {
    for (const [name, value] of Object.entries(mailing.audience)) {
      await this.page.getByLabel(t(`audience.${name}`), { exact: true }).selectOption(value);
    }
    for (const [lang, text] of Object.entries(mailing.texts) as [Language, { subject: string; body: string }][]) {
      await this.language(lang).getByLabel(t("compose.subject")).fill(text.subject);
      await this.language(lang).getByLabel(t("compose.body")).fill(text.body);
    }
    await this.page.getByRole("button", { name: t("compose.preview") }).click();
  }

  /** The preview's recipient count line. */
  recipientCount(count: number): Locator {
    const text = count === 1 ? "1 registrant will receive this mailing." : `${count} registrants will receive this mailing.`;
    return this.page.getByText(text);
  }

  /** Types the recipient count, optionally confirms a repeat, and sends. */
  async send(count: number, options: { confirmRepeat?: boolean } = {}) {
    await this.page.getByLabel(t("preview.confirmCount")).fill(String(count));
    if (options.confirmRepeat) await this.page.getByLabel(t("preview.confirmRepeat")).check();
    await this.page.getByRole("button", { name: t("preview.send") }).click();
  }

  async expectSent() {
    await expect(this.page.getByText(t("messages.sent"))).toBeVisible();
  }

  notice(key: "alreadySent" | "repeat"): Locator {
    return this.page.getByRole("alert").filter({ hasText: t(`messages.${key}`) });
  }

  /** A field error of the compose form, by its message key. */
  fieldError(key: string): Locator {
    // The placeholders' braces are shown as written (the form passes them as their own values).
    return this.page.locator(".field-error", { hasText: t(`validation.${key}`) });
  }
}
