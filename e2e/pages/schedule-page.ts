import type { Locator, Page } from "@playwright/test";
import { message } from "../support/messages";
import type { Locale } from "../support/seeded";

/** A dialogue's public programme: sessions by day, filters by theme and day, the time-zone switch. */
export class SchedulePage {
  constructor(
    readonly page: Page,
    readonly dialogue: { slug: string },
    readonly locale: Locale = "en",
  ) {}

  path(filters: { theme?: string; day?: string } = {}) {
    const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => entry[1] !== undefined));
    const search = query.size > 0 ? `?${query}` : "";
    return `/${this.locale}/events/${this.dialogue.slug}/schedule${search}`;
  }

  goto(filters: { theme?: string; day?: string } = {}) {
    return this.page.goto(this.path(filters));
  }

  /** Every session card shown. */
  get sessions(): Locator {
    return this.page.getByRole("article");
  }

  /** The days shown, one section each. */
  get days(): Locator {
    return this.page.locator("section[data-day]");
  }

  day(day: string): Locator {
    return this.page.locator(`section[data-day="${day}"]`);
  }

  /** A session's card, by its exact title, on a day if given. */
  session(title: string, day?: string): Locator {
    return (day ? this.day(day) : this.page).getByRole("article", { name: title, exact: true });
  }

  /**
   * Every card as the page shows it, read in one round trip (a locator per card and property costs
   * a round trip each: seconds on a programme of dozens of sessions): its title (the accessible
   * name, from its aria-labelledby heading), day section, theme and links.
   */
  cards() {
    return this.page.locator("section[data-day] article").evaluateAll((articles) =>
      articles.map((article) => {
        const theme = article.querySelector("dd[data-theme]");
        return {
          title: document.getElementById(article.getAttribute("aria-labelledby") ?? "")?.textContent?.trim() ?? "",
          day: article.closest("section[data-day]")?.getAttribute("data-day") ?? "",
          themeSlug: theme?.getAttribute("data-theme") ?? null,
          themeName: theme?.textContent?.trim() ?? null,
          links: [...article.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")),
        };
      }),
    );
  }

  get filters(): Locator {
    return this.page.getByRole("navigation").filter({ has: this.page.locator(".filter-group") });
  }

  themeFilter(name: string): Locator {
    return this.filters.getByRole("link", { name, exact: true });
  }

  async filterByTheme(name: string) {
    await this.themeFilter(name).click();
  }

  async filterByDay(day: string) {
    await this.filters.locator(`a[href*="day=${day}"]`).click();
  }

  /** The switch between the event's time zone (0) and the viewer's (1). */
  get zoneSwitch(): Locator {
    return this.page.getByRole("group").filter({ has: this.page.locator("button[aria-pressed]") });
  }

  zoneButton(which: "event" | "viewer"): Locator {
    return this.zoneSwitch.getByRole("button").nth(which === "event" ? 0 : 1);
  }

  async showTimesIn(which: "event" | "viewer") {
    await this.zoneButton(which).click();
  }

  async switchLanguage(locale: Locale) {
    await this.page
      .getByRole("group", { name: message(this.locale, "common.language") })
      .locator(`a[hreflang="${locale}"]`)
      .click();
  }

  /** Starts the download of the whole programme's calendar file. */
  async downloadProgramme() {
    const download = this.page.waitForEvent("download");
    await this.page.getByRole("link", { name: message(this.locale, "programme.programmeCalendar") }).click();
    return download;
  }
}
