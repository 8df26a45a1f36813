import { SchedulePage } from "./pages/schedule-page";
import { expect, test } from "./support/fixtures";
import { expectedProgramme } from "./support/programme";
import { locales, seeded, seededDialogues } from "./support/seeded";

// Filters are plain links to cached pages: they must work with JavaScript off.
test.use({ javaScriptEnabled: false });

for (const dialogue of seededDialogues) {
  const slug = dialogue.slug;
  for (const locale of locales) {
    test(`${slug} in ${locale}: filter by theme, then by day, without JavaScript`, async ({ page, database }) => {
      const expected = await expectedProgramme(database, slug, locale);
      const theme = expected.themes[locale === "en" || locale === "pt" ? 0 : 1]!;
      const schedule = new SchedulePage(page, dialogue, locale);
      await schedule.goto();
      await schedule.filterByTheme(theme.name);
      await expect(page).toHaveURL(new RegExp(`/schedule\\?theme=${theme.slug}$`));
      await expect(schedule.themeFilter(theme.name)).toHaveAttribute("aria-current", "page");

      // This theme's sessions and the plenaries (they concern every theme), nothing of other themes.
      const shown = expected.sessions.filter((s) => s.theme === null || s.theme.slug === theme.slug);
      await expect(schedule.sessions).toHaveCount(shown.length);
      for (const session of shown) {
        await expect(schedule.session(session.title, session.day)).toBeVisible();
      }

      // Then narrow to the day of one of this theme's sessions: the theme choice is kept.
      const day = expected.sessions.find((s) => s.theme?.slug === theme.slug)!.day;
      await schedule.filterByDay(day);
      await expect(page).toHaveURL(new RegExp(`/schedule\\?theme=${theme.slug}&day=${day}$`));
      const onDay = shown.filter((s) => s.day === day);
      await expect(schedule.sessions).toHaveCount(onDay.length);
      await expect(schedule.days).toHaveCount(1);
      await expect(schedule.day(day)).toBeVisible();
    });
  }
}

test("filtered views are served from the cache", async ({ request }) => {
  const connectivity = seeded.cartagena.sessionOf("connectivity");
  const url = seeded.cartagena.page("en", `/schedule?theme=${connectivity.theme}&day=${connectivity.day}`);
  await request.get(url);
  const second = await request.get(url);
  expect(second.status()).toBe(200);
  expect(second.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
  expect(second.headers()["cache-control"]).toContain("s-maxage");
});

test.describe("with JavaScript", () => {
  test.use({ javaScriptEnabled: true });

  test("switching language keeps the schedule's filters", async ({ page, database }) => {
    const dialogue = seededDialogues[0];
    const expected = await expectedProgramme(database, dialogue.slug, "es");
    const theme = expected.themes[0]!;
    const day = expected.sessions.find((s) => s.theme?.slug === theme.slug)!.day;
    const schedule = new SchedulePage(page, dialogue);
    await schedule.goto({ theme: theme.slug, day });
    await schedule.switchLanguage("es");
    await expect(page).toHaveURL(new RegExp(`/es/events/${dialogue.slug}/schedule\\?theme=${theme.slug}&day=${day}$`));
    await expect(schedule.days).toHaveCount(1);
    await expect(schedule.day(day)).toBeVisible();
  });
});
