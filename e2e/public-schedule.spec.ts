import type { Page } from "@playwright/test";
import { SchedulePage } from "./pages/schedule-page";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";
import { en } from "./support/messages";
import { expectedProgramme } from "./support/programme";
import { locales, seeded, seededDialogues } from "./support/seeded";

async function expectNoHorizontalScroll(page: Page) {
  await page.setViewportSize({ width: 360, height: 780 });
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/**
 * A full axe run on a schedule of dozens of cards takes seconds: once per page kind and dialogue,
 * each in another locale, so that every locale is checked once too (the other pairs get the same
 * checks of content, language and layout, without axe).
 */
const axeRuns = [
  { kind: "schedule", dialogue: 0, locale: "en" },
  { kind: "schedule", dialogue: 1, locale: "es" },
  { kind: "event", dialogue: 0, locale: "pt" },
  { kind: "event", dialogue: 1, locale: "fr" },
] as const;

function axeHere(dialogue: { slug: string }, locale: (typeof locales)[number], kind: "schedule" | "event") {
  const index = seededDialogues.findIndex((d) => d.slug === dialogue.slug);
  return axeRuns.some((run) => run.kind === kind && run.dialogue === index && run.locale === locale);
}

for (const dialogue of seededDialogues) {
  const slug = dialogue.slug;
  for (const locale of locales) {
    test.describe(`${slug} in ${locale}`, () => {
      test("the schedule shows every session under its theme and day", async ({ page, database }) => {
        const expected = await expectedProgramme(database, slug, locale);
        const schedule = new SchedulePage(page, dialogue, locale);
        await schedule.goto();
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(schedule.sessions).toHaveCount(expected.sessions.length);
        const cards = await schedule.cards();
        for (const session of expected.sessions) {
          const matches = cards.filter((card) => card.title === session.title && card.day === session.day);
          expect(matches, `${session.title} on ${session.day}`).toHaveLength(1);
          const [card] = matches;
          expect(card!.themeSlug, session.title).toBe(session.theme?.slug ?? "");
          if (session.theme) expect(card!.themeName, session.title).toBe(session.theme.name);
          const streamLinks = card!.links.filter((href) => href === session.streamUrl);
          if (session.streamUrl) expect(streamLinks, session.title).toHaveLength(1);
        }
        if (axeHere(dialogue, locale, "schedule")) await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
      });

      test("the event page presents the dialogue, its themes and the way to register", async ({ page, database }) => {
        const expected = await expectedProgramme(database, slug, locale);
        await page.goto(dialogue.page(locale));
        const themeList = page.locator("section[aria-labelledby='themes-heading']");
        for (const theme of expected.themes) {
          await expect(themeList.getByRole("heading", { level: 3, name: theme.name, exact: true })).toBeVisible();
        }
        await expect(page.locator(`a[href="${dialogue.page(locale, "/register")}"]`)).toBeVisible();
        await expect(page.locator(`a.button[href="${dialogue.page(locale, "/schedule")}"]`)).toBeVisible();
        if (axeHere(dialogue, locale, "event")) await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
      });
    });
  }
}

test("a session page shows its details, stream and calendar link, with no axe violations at 360 px", async ({ page }) => {
  const opening = seeded.santoDomingo.sessions.opening;
  await page.goto(seeded.santoDomingo.page("es", `/sessions/${opening.slug}`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(opening.title("es"));
  await expect(page.locator(`a[href$="/sessions/${opening.slug}/session.ics"]`)).toBeVisible();
  await expect(page.locator(`a[href="${opening.streamUrl}"]`)).toBeVisible();
  await expect(page.getByText(`${opening.start}–${opening.end}`)).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
});

test("Santo Domingo speaks of pillars and Cartagena of themes", async ({ page }) => {
  await page.goto(seeded.santoDomingo.page());
  await expect(page.getByRole("heading", { level: 2, name: en("event.themesHeading.pillar") })).toBeVisible();
  await page.goto(seeded.cartagena.page());
  await expect(page.getByRole("heading", { level: 2, name: en("event.themesHeading.theme") })).toBeVisible();
  await page.goto("/en");
  await expect(page.getByRole("article", { name: seeded.santoDomingo.title() })).toContainText(
    `${seeded.santoDomingo.seed.themes.length} pillars`,
  );
});

test("an unknown dialogue, theme or session is a 404", async ({ request }) => {
  const cartagena = seeded.cartagena;
  expect((await request.get("/en/events/no-such-dialogue")).status()).toBe(404);
  expect((await request.get(cartagena.page("en", "/schedule?theme=no-such-theme"))).status()).toBe(404);
  expect((await request.get(cartagena.page("en", "/sessions/no-such-session"))).status()).toBe(404);
  expect((await request.get(cartagena.page("en", "/programme.ics"))).status()).toBe(200);
});
