import { expect, expectNoAxeViolations, test } from "./support/fixtures";
import { en } from "./support/messages";
import { seeded } from "./support/seeded";

const { cartagena, santoDomingo } = seeded;

test.describe("home page", () => {
  test("lists both dialogues with their event-local dates and places", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Policy dialogues of the EU–LAC Digital Alliance");
    const cartagenaCard = page.getByRole("article", { name: cartagena.title() });
    await expect(cartagenaCard).toContainText(/27\s?–\s?29 November 2023/);
    await expect(cartagenaCard).toContainText("Cartagena de Indias, Colombia");
    await expect(cartagenaCard).toContainText("5 themes");
    const santoDomingoCard = page.getByRole("article", { name: santoDomingo.title() });
    await expect(santoDomingoCard).toContainText(/14\s?–\s?16 February 2024/);
    await expect(santoDomingoCard).toContainText("Santo Domingo, Dominican Republic");
    await expect(santoDomingoCard).toContainText("4 pillars");
    await expectNoAxeViolations(page);
  });

  test("is in Spanish, Portuguese and French too", async ({ page }) => {
    await page.goto("/es");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("article", { name: cartagena.title("es") })).toContainText(/27\s?–\s?29 de noviembre de 2023/);
    await expectNoAxeViolations(page);
    await page.goto("/pt");
    await expect(page.getByRole("article", { name: santoDomingo.title("pt") })).toContainText("República Dominicana");
    await page.goto("/fr");
    await expect(page.getByRole("article", { name: cartagena.title("fr") })).toContainText(/27\s?–\s?29 novembre 2023/);
  });

  test("switches language from the header without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en");
    await page
      .getByRole("group", { name: en("common.language") })
      .getByRole("link", { name: "Español" })
      .click();
    await expect(page).toHaveURL(/\/es$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Diálogos políticos de la Alianza Digital UE–ALC");
    await context.close();
  });

  test("sends / to the visitor's language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "es-CO", extraHTTPHeaders: { "Accept-Language": "es-CO,es;q=0.9" } });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/es$/);
    await context.close();
  });
});

test("health route reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(await response.json()).toMatchObject({ status: "ok", database: "postgres" });
});
