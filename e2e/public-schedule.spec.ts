import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";
import { dialogues, expectedProgramme, locales } from "./support/programme";

async function expectNoHorizontalScroll(page: Page) {
  await page.setViewportSize({ width: 360, height: 780 });
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

for (const slug of dialogues) {
  for (const locale of locales) {
    test.describe(`${slug} in ${locale}`, () => {
      test("the schedule shows every session under its theme and day", async ({ page, database }) => {
        const expected = await expectedProgramme(database, slug, locale);
        await page.goto(`/${locale}/events/${slug}/schedule`);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("article")).toHaveCount(expected.sessions.length);
        for (const session of expected.sessions) {
          const card = page.locator(`section[data-day="${session.day}"]`).getByRole("article", { name: session.title, exact: true });
          await expect(card).toHaveCount(1);
          const theme = card.locator("dd[data-theme]");
          await expect(theme).toHaveAttribute("data-theme", session.theme?.slug ?? "");
          if (session.theme) await expect(theme).toHaveText(session.theme.name);
          if (session.streamUrl) {
            await expect(card.locator(`a[href="${session.streamUrl}"]`)).toHaveCount(1);
          }
        }
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
      });

      test("the event page presents the dialogue, its themes and the way to register", async ({ page, database }) => {
        const expected = await expectedProgramme(database, slug, locale);
        await page.goto(`/${locale}/events/${slug}`);
        const themeList = page.locator("section[aria-labelledby='themes-heading']");
        for (const theme of expected.themes) {
          await expect(themeList.getByRole("heading", { level: 3, name: theme.name, exact: true })).toBeVisible();
        }
        await expect(page.locator(`a[href="/${locale}/events/${slug}/register"]`)).toBeVisible();
        await expect(page.locator(`a.button[href="/${locale}/events/${slug}/schedule"]`)).toBeVisible();
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
      });
    });
  }
}

test("a session page shows its details, stream and calendar link, with no axe violations at 360 px", async ({ page }) => {
  await page.goto("/es/events/cybersecurity-dialogue-2024/sessions/opening-session");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sesión de apertura");
  await expect(page.locator('a[href$="/sessions/opening-session/session.ics"]')).toBeVisible();
  await expect(page.locator('a[href="https://stream.example.org/eu-lac-cyber-2024/opening"]')).toBeVisible();
  await expect(page.getByText("09:00–10:30")).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
});

test("Santo Domingo speaks of pillars and Cartagena of themes", async ({ page }) => {
  await page.goto("/en/events/cybersecurity-dialogue-2024");
  await expect(page.getByRole("heading", { level: 2, name: "Pillars" })).toBeVisible();
  await page.goto("/en/events/digital-alliance-days-2023");
  await expect(page.getByRole("heading", { level: 2, name: "Themes" })).toBeVisible();
  await page.goto("/en");
  await expect(page.getByRole("article", { name: "EU-LAC Dialogue on Cybersecurity" })).toContainText("4 pillars");
});

test("an unknown dialogue, theme or session is a 404", async ({ request }) => {
  expect((await request.get("/en/events/no-such-dialogue")).status()).toBe(404);
  expect((await request.get("/en/events/digital-alliance-days-2023/schedule?theme=no-such-theme")).status()).toBe(404);
  expect((await request.get("/en/events/digital-alliance-days-2023/sessions/no-such-session")).status()).toBe(404);
  expect((await request.get("/en/events/digital-alliance-days-2023/programme.ics")).status()).toBe(200);
});
