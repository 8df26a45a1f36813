import { expect, type Locator, type Page } from "@playwright/test";
import { en } from "../support/messages";

const t = (key: string) => en(`questions.${key}`);

export type NewQuestion = { kind: string; label: string; options?: string[]; required?: boolean };

/** The organisers' question editor of a dialogue (the list, the add form, a question's own page). */
export class QuestionsPage {
  constructor(
    readonly page: Page,
    readonly dialogue: { dashboard(section?: string): string },
  ) {}

  goto() {
    return this.page.goto(this.dialogue.dashboard("questions"));
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { name: t("title"), level: 1 });
  }

  /** The fieldset of one language of the form ("English", "Spanish"...). */
  private language(lang: "en" | "es" | "pt" | "fr"): Locator {
    return this.page.getByRole("group", { name: en(`sessionsAdmin.form.language.${lang}`) });
  }

  /** Fills the add form (English texts) and sends it. */
  async add(question: NewQuestion) {
    await this.page.getByLabel(t("form.kind")).selectOption(question.kind);
    if (question.required) await this.page.getByRole("checkbox", { name: t("form.required") }).check();
    await this.language("en").getByLabel(t("form.label")).fill(question.label);
    await this.language("en")
      .getByLabel(t("form.options"))
      .fill((question.options ?? []).join("\n"));
    await this.page.getByRole("button", { name: t("form.add") }).click();
  }

  async expectSaved() {
    await expect(this.page.getByText(t("messages.saved"))).toBeVisible();
  }

  /** The field error under the English label (a refused post). */
  get labelError(): Locator {
    return this.language("en").getByText(t("validation.required"));
  }

  /** Opens a question's page from the list and removes it. */
  async remove(label: string) {
    await this.page.getByRole("link", { name: label }).click();
    await this.page.getByRole("button", { name: t("remove.submit").replace("{question}", label) }).click();
    await expect(this.page.getByText(t("messages.removed"))).toBeVisible();
  }
}
