import type { APIRequestContext } from "@playwright/test";
import { hashToken } from "@/lib/tokens";
import { eventBySlug, insertRegistration } from "@/tests/support/fixtures";
import { fillPlaceholders } from "./support/access/invoke";
import { expect, test } from "./support/fixtures";
import { CARTAGENA, delegateContext, fillDelegate, spanish } from "./support/registration";
import { signIn } from "./support/users";

/**
 * No <form> or submit button posts to `action=""` (what React renders for a server action without
 * a permalink): HTML validators want a non-empty URL there, or no attribute at all.
 */
function emptyActions(html: string): string[] {
  const tags = html.match(/<(form|button|input)\b[^>]*>/g) ?? [];
  return tags.filter((tag) => /\s(action|formaction)=""/i.test(tag));
}

async function checkPages(request: APIRequestContext, paths: string[]) {
  let forms = 0;
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    forms += (html.match(/<form\b/g) ?? []).length;
    expect(emptyActions(html), path).toEqual([]);
  }
  return forms;
}

test("no form of the public site or the delegate's pages renders an empty action", async ({ request, database }) => {
  const event = await eventBySlug(database.db, CARTAGENA);
  const token = `forms-${Date.now().toString(36)}-manage-token-of-a-test`;
  await insertRegistration(database.db, event.id, { manageTokenHash: hashToken(token) });
  const forms = await checkPages(request, [
    `/en/events/${CARTAGENA}/register`,
    "/es/manage",
    `/en/manage/${token}`,
    "/en/sign-in?callbackUrl=%2Fen%2Fdashboard",
    "/fr/forgot-password",
  ]);
  expect(forms).toBeGreaterThanOrEqual(7); // register, lost link, the personal page's, sign-in, forgot
});

test("no form of the organisers' dashboard renders an empty action", async ({ page }) => {
  await signIn(page, "admin");
  await fillPlaceholders("{{failedEmailId}}"); // a failed email, so the outbox shows its retry form
  const event = `/en/dashboard/events/${CARTAGENA}`;
  const paths = await Promise.all(
    [
      "/en/dashboard",
      "/en/dashboard/accounts",
      "/en/dashboard/outbox",
      `${event}/registrations/{{registrationId}}`,
      `${event}/registrations/{{registrationId}}/edit`,
      `${event}/sessions`,
      `${event}/sessions/new`,
      `${event}/sessions/{{sessionId}}`,
      `${event}/themes`,
      `${event}/themes/{{themeId}}`,
      `${event}/settings`,
      `${event}/checkin`,
    ].map(fillPlaceholders),
  );
  const forms = await checkPages(page.request, paths);
  expect(forms).toBeGreaterThanOrEqual(15);
});

test("without JavaScript, a form posts to its page and the answer comes back (lost link)", async ({ browser }) => {
  const context = await delegateContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/manage");
  await expect(page.locator("form.form")).toHaveAttribute("action", "/en/manage");
  await page.getByLabel("Email address").fill("nobody.forms@example.org");
  await page.getByRole("button", { name: /send/i }).click();
  await expect(page).toHaveURL(/\/en\/manage\?sent=1$/);
  await context.close();
});

for (const javaScriptEnabled of [true, false]) {
  test(`the preferred language starts empty and, left so, is refused in the reader's language (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
  }) => {
    const context = await delegateContext(browser, { javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`/es/events/${CARTAGENA}/register`);
    const language = page.getByLabel(spanish.preferredLanguage);
    await expect(language).toHaveValue("");
    await expect(language.locator("option").first()).toHaveText("Elija…");
    await fillDelegate(page, { email: `lang.${Date.now().toString(36)}@example.org`, givenName: "Lucía", familyName: "Gómez" }, spanish);
    await language.selectOption("");
    await page.getByRole("checkbox", { name: /Flujos de datos confiables/ }).check();
    await page.getByRole("checkbox", { name: /He leído el aviso de privacidad/ }).check();
    await page.getByRole("button", { name: "Inscribirme" }).click();
    await expect(page.getByText("Corrija los campos marcados.")).toBeVisible();
    await expect(language).toHaveAttribute("aria-invalid", "true");
    await expect(language).toHaveAttribute("aria-describedby", /field-preferredLanguage-error/);
    await expect(page.locator("#field-preferredLanguage-error")).toHaveText("Elija una opción.");
    await context.close();
  });
}
