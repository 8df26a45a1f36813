import { expect, type Page } from "@playwright/test";
import { en } from "../support/messages";

const t = (key: string) => en(`sessionsAdmin.${key}`);

export type NewTheme = { name: { en: string; es: string }; slug: string };
export type NewSession = {
  title: { en: string; es: string };
  slug: string;
  theme?: string;
  room: string;
  day: string;
  start: string;
  end: string;
};

/** A dialogue's themes and sessions pages in the dashboard: what an organiser adds to a new dialogue's programme. */
export class ProgrammeEditorPage {
  constructor(
    readonly page: Page,
    readonly slug: string,
  ) {}

  private language(lang: "en" | "es") {
    return this.page.getByRole("group", { name: t(`form.language.${lang}`) });
  }

  async addTheme(theme: NewTheme) {
    await this.page.goto(`/en/dashboard/events/${this.slug}/themes`);
    await this.language("en").getByLabel(t("themes.name")).fill(theme.name.en);
    await this.language("es").getByLabel(t("themes.name")).fill(theme.name.es);
    await this.page.getByLabel(t("form.slug")).fill(theme.slug);
    await this.page.getByRole("button", { name: t("form.save") }).click();
    await expect(this.page.getByText(t("themes.saved"))).toBeVisible();
  }

  async addSession(session: NewSession) {
    await this.page.goto(`/en/dashboard/events/${this.slug}/sessions/new`);
    await this.language("en").getByLabel(t("form.title")).fill(session.title.en);
    await this.language("es").getByLabel(t("form.title")).fill(session.title.es);
    await this.page.getByLabel(t("form.slug")).fill(session.slug);
    if (session.theme) await this.page.getByLabel(t("form.theme")).selectOption({ label: session.theme });
    await this.page.getByLabel(t("form.room"), { exact: true }).fill(session.room);
    await this.page.getByLabel(t("form.day"), { exact: true }).fill(session.day);
    await this.page.getByLabel(t("form.start")).fill(session.start);
    await this.page.getByLabel(t("form.end")).fill(session.end);
    await this.page.getByRole("button", { name: t("form.save") }).click();
    await expect(this.page).toHaveURL(/\/sessions\?saved=/);
    await expect(this.page.getByRole("link", { name: session.title.en })).toBeVisible();
  }
}
