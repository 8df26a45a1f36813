import type { APIRequestContext } from "@playwright/test";
import { hashToken } from "@/lib/tokens";
import { insertRegistration } from "@/tests/support/fixtures";
import { ManagePage } from "./pages/manage-page";
import { RegistrationPage } from "./pages/registration-page";
import { fillPlaceholders } from "./support/access/invoke";
import { expect, test } from "./support/fixtures";
import { delegateContext } from "./support/registration";

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

test("no form of the public site or the delegate's pages renders an empty action", async ({
  request,
  database,
  dialogues: { cartagena },
}) => {
  const token = `forms-${Date.now().toString(36)}-manage-token-of-a-test`;
  await insertRegistration(database.db, cartagena.id, { manageTokenHash: hashToken(token) });
  const forms = await checkPages(request, [
    cartagena.page("en", "/register"),
    "/es/manage",
    `/en/manage/${token}`,
    "/en/sign-in?callbackUrl=%2Fen%2Fdashboard",
    "/fr/forgot-password",
  ]);
  expect(forms).toBeGreaterThanOrEqual(7); // register, lost link, the personal page's, sign-in, forgot
});

test("no form of the organisers' dashboard renders an empty action", async ({ page, signIn, dialogues: { cartagena } }) => {
  await signIn("admin");
  await fillPlaceholders("{{failedEmailId}}"); // a failed email, so the outbox shows its retry form
  const event = cartagena.dashboard();
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
  const manage = new ManagePage(page);
  await manage.gotoLostLink();
  await expect(page.locator("form.form")).toHaveAttribute("action", "/en/manage");
  await manage.requestLink("nobody.forms@example.org");
  await expect(page).toHaveURL(/\/en\/manage\?sent=1$/);
  await context.close();
});

for (const javaScriptEnabled of [true, false]) {
  test(`the preferred language starts empty and, left so, is refused in the reader's language (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
    dialogues: { cartagena },
  }) => {
    const context = await delegateContext(browser, { javaScriptEnabled });
    const page = await context.newPage();
    const form = new RegistrationPage(page, cartagena, "es");
    await form.goto();
    const language = form.field("preferredLanguage");
    await expect(language).toHaveValue("");
    await expect(language.locator("option").first()).toHaveText("Elija…");
    await form.fill({ email: `lang.${Date.now().toString(36)}@example.org`, givenName: "Lucía", familyName: "Gómez" });
    await language.selectOption("");
    await form.chooseSessions(cartagena.sessions.trustedDataFlows.title("es"));
    await form.acceptPrivacy();
    await form.submit();
    await expect(form.formErrors).toBeVisible();
    await expect(language).toHaveAttribute("aria-invalid", "true");
    await expect(language).toHaveAttribute("aria-describedby", /field-preferredLanguage-error/);
    await expect(page.locator("#field-preferredLanguage-error")).toHaveText("Elija una opción.");
    await context.close();
  });
}
