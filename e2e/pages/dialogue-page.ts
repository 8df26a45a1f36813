import type { Locator, Page } from "@playwright/test";
import { en } from "../support/messages";

const t = (key: string) => en(`dialogues.${key}`);

export type NewDialogue = {
  slug: string;
  titles: { en: string; es: string; pt?: string; fr?: string };
  city: string;
  countryCode: string;
  venue: string;
  timeZone: string;
  startsOn: string;
  endsOn: string;
};

/** "New dialogue" and a dialogue's details page: create, publish, clone. */
export class DialoguePage {
  constructor(readonly page: Page) {}

  /** From the dashboard home, as an administrator finds it. */
  async openNew() {
    await this.page.goto("/en/dashboard");
    await this.page.getByRole("link", { name: en("dashboard.newDialogue") }).click();
    await this.heading(t("newTitle")).waitFor();
  }

  gotoDetails(slug: string) {
    return this.page.goto(`/en/dashboard/events/${slug}/details`);
  }

  heading(name: string): Locator {
    return this.page.getByRole("heading", { name, level: 1 });
  }

  async fill(dialogue: NewDialogue) {
    const p = this.page;
    await p.getByLabel(t("titleEn"), { exact: true }).fill(dialogue.titles.en);
    await p.getByLabel(t("titleEs"), { exact: true }).fill(dialogue.titles.es);
    await p.getByLabel(t("titlePt"), { exact: true }).fill(dialogue.titles.pt ?? "");
    await p.getByLabel(t("titleFr"), { exact: true }).fill(dialogue.titles.fr ?? "");
    await p.getByLabel(t("dialogueSlug"), { exact: true }).fill(dialogue.slug);
    await p.getByLabel(t("city"), { exact: true }).fill(dialogue.city);
    await p.getByLabel(t("countryCode"), { exact: true }).fill(dialogue.countryCode);
    await p.getByLabel(t("venue"), { exact: true }).fill(dialogue.venue);
    await p.getByLabel(t("timeZone"), { exact: true }).fill(dialogue.timeZone);
    await p.getByLabel(t("startDate"), { exact: true }).fill(dialogue.startsOn);
    await p.getByLabel(t("endDate"), { exact: true }).fill(dialogue.endsOn);
  }

  async create() {
    await this.page.getByRole("button", { name: t("create") }).click();
  }

  /** A field's error, by the field's label. */
  errorOf(label: string): Locator {
    return this.page.locator(".field", { has: this.page.getByLabel(label, { exact: true }) }).locator(".field-error");
  }

  async publish() {
    await this.page.getByRole("button", { name: t("publish") }).click();
    await this.page.getByText(t("statusChanged")).waitFor();
  }

  /** From a draft's details page, its public page as organisers preview it. */
  async preview() {
    await this.page.getByRole("link", { name: t("preview") }).click();
    await this.previewBanner.waitFor();
  }

  get previewBanner(): Locator {
    return this.page.getByText(en("event.draftPreview"));
  }

  /** The notice every dashboard page of an archived dialogue shows. */
  get archivedNotice(): Locator {
    return this.page.getByText(en("dashboard.archivedReadOnly"));
  }

  async clone(slug: string, startsOn: string, timeZone?: string) {
    await this.page.getByLabel(t("newSlug"), { exact: true }).fill(slug);
    await this.page.getByLabel(t("newStartDate")).fill(startsOn);
    await this.page.getByLabel(t("newTimeZone")).fill(timeZone ?? "");
    await this.page.getByRole("button", { name: t("clone"), exact: true }).click();
    await this.page.getByText(t("cloned")).waitFor();
  }
}
