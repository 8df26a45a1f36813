import { expect, test } from "./support/fixtures";
import { dialogues, expectedProgramme, locales } from "./support/programme";

// Filters are plain links to cached pages: they must work with JavaScript off.
test.use({ javaScriptEnabled: false });

for (const slug of dialogues) {
  for (const locale of locales) {
    test(`${slug} in ${locale}: filter by theme, then by day, without JavaScript`, async ({ page, database }) => {
      const expected = await expectedProgramme(database, slug, locale);
      const theme = expected.themes[locale === "en" || locale === "pt" ? 0 : 1]!;
      await page.goto(`/${locale}/events/${slug}/schedule`);
      const filters = page.getByRole("navigation").filter({ has: page.locator(".filter-group") });
      await filters.getByRole("link", { name: theme.name, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/schedule\\?theme=${theme.slug}$`));
      await expect(filters.getByRole("link", { name: theme.name, exact: true })).toHaveAttribute("aria-current", "page");

      // This theme's sessions and the plenaries (they concern every theme), nothing of other themes.
      const shown = expected.sessions.filter((s) => s.theme === null || s.theme.slug === theme.slug);
      await expect(page.getByRole("article")).toHaveCount(shown.length);
      for (const session of shown) {
        await expect(
          page.locator(`section[data-day="${session.day}"]`).getByRole("article", { name: session.title, exact: true }),
        ).toBeVisible();
      }

      // Then narrow to the day of one of this theme's sessions: the theme choice is kept.
      const day = expected.sessions.find((s) => s.theme?.slug === theme.slug)!.day;
      await filters.locator(`a[href*="day=${day}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/schedule\\?theme=${theme.slug}&day=${day}$`));
      const onDay = shown.filter((s) => s.day === day);
      await expect(page.getByRole("article")).toHaveCount(onDay.length);
      await expect(page.locator("section[data-day]")).toHaveCount(1);
      await expect(page.locator(`section[data-day="${day}"]`)).toBeVisible();
    });
  }
}

test("filtered views are served from the cache", async ({ request }) => {
  const url = "/en/events/digital-alliance-days-2023/schedule?theme=connectivity&day=2023-11-27";
  await request.get(url);
  const second = await request.get(url);
  expect(second.status()).toBe(200);
  expect(second.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
  expect(second.headers()["cache-control"]).toContain("s-maxage");
});

test.describe("with JavaScript", () => {
  test.use({ javaScriptEnabled: true });

  test("switching language keeps the schedule's filters", async ({ page, database }) => {
    const slug = dialogues[0];
    const expected = await expectedProgramme(database, slug, "es");
    const theme = expected.themes[0]!;
    const day = expected.sessions.find((s) => s.theme?.slug === theme.slug)!.day;
    await page.goto(`/en/events/${slug}/schedule?theme=${theme.slug}&day=${day}`);
    await page
      .getByRole("group", { name: /language/i })
      .locator('a[hreflang="es"]')
      .click();
    await expect(page).toHaveURL(new RegExp(`/es/events/${slug}/schedule\\?theme=${theme.slug}&day=${day}$`));
    await expect(page.locator("section[data-day]")).toHaveCount(1);
    await expect(page.locator(`section[data-day="${day}"]`)).toBeVisible();
  });
});
