import { hashToken, newToken } from "@/lib/tokens";
import { insertRegistration } from "@/tests/support/fixtures";
import { RegistrationPage } from "./pages/registration-page";
import { SchedulePage } from "./pages/schedule-page";
import { policyOf, strictPolicyProblems, watchCspViolations } from "./support/csp";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { delegateContext } from "./support/registration";
import { seeded } from "./support/seeded";

const cartagena = seeded.cartagena;
const CACHED_PAGES = [
  "/en",
  cartagena.page(),
  cartagena.page("en", "/schedule"),
  cartagena.page("es", "/schedule?theme=cybersecurity"),
  cartagena.page("fr", `/sessions/${cartagena.sessions.opening.slug}`),
  "/pt/privacy",
  "/en/forgot-password",
  "/en/events/no-such-dialogue",
  "/en/no-such-page",
];
const PER_REQUEST_PAGES = [cartagena.page("en", "/register"), cartagena.page("en", "/register/sent"), "/en/sign-in", "/en/manage"];

test.describe("Content-Security-Policy", () => {
  test("public, cached and per-request pages carry one strict policy and run their scripts without a violation", async ({ page }) => {
    test.setTimeout(180_000); // 13 pages, each viewed twice
    const violations = await watchCspViolations(page);
    for (const path of [...CACHED_PAGES, ...PER_REQUEST_PAGES]) {
      // Twice: the first view may render and cache the page, the second is served from the cache.
      for (const round of [1, 2]) {
        const response = await page.goto(path);
        expect(strictPolicyProblems(policyOf(response)), `${path} (view ${round})`).toEqual([]);
        await page.waitForLoadState("load");
      }
    }
    const cached = policyOf(await page.goto(cartagena.page("en", "/schedule")));
    expect(cached, "a cached page is vouched for by hashes, not a nonce").toMatch(/'sha256-/);
    expect(cached).not.toContain("'nonce-");
    const perRequest = policyOf(await page.goto("/en/sign-in"));
    expect(perRequest).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
    expect(policyOf(await page.goto("/en/sign-in")), "a fresh nonce per request").not.toEqual(perRequest);
    expect(violations).toEqual([]);
  });

  test("client scripts run under the policy: time-zone switch on a cached page, registration form, manage page", async ({
    browser,
    database,
    dialogues,
  }) => {
    const context = await delegateContext(browser);
    const page = await context.newPage();
    const violations = await watchCspViolations(page);

    // The switch works only if React hydrated the cached page, i.e. its inline scripts ran.
    const schedule = new SchedulePage(page, cartagena);
    await schedule.goto();
    await schedule.showTimesIn("viewer");
    await expect(schedule.zoneButton("viewer")).toHaveAttribute("aria-pressed", "true");

    const form = new RegistrationPage(page, cartagena);
    await form.goto();
    // The browser-side check (react-hook-form) answers before anything is sent.
    await form.submit();
    await expect(form.requiredError).toBeVisible();
    await form.register({ email: uniqueEmail("csp"), givenName: "Carla", familyName: "Segura" });
    await form.expectSent();

    const token = newToken();
    await insertRegistration(database.db, dialogues.cartagena.id, { manageTokenHash: hashToken(token), email: uniqueEmail("csp.manage") });
    const manage = await page.goto(`/en/manage/${token}`);
    expect(strictPolicyProblems(policyOf(manage))).toEqual([]);
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
    await context.close();
  });

  test("dashboard pages carry a nonce policy and run without a violation", async ({ page, signIn }) => {
    // Eight pages, each waited on until the network is idle: past the default 45 s on a busy 2-core machine.
    test.slow();
    const violations = await watchCspViolations(page);
    // The router prefetches every link in view once the page has hydrated: dozens of server renders
    // of other pages that "network idle" would wait for (most of this test's time), and that run
    // no script here. Refused, so the wait covers this page's own scripts and requests.
    await page.route(/_rsc=/, (route) => (route.request().headers()["next-router-prefetch"] ? route.abort() : route.fallback()));
    await signIn("admin");
    for (const path of [
      "/en/dashboard",
      cartagena.dashboard(),
      cartagena.dashboard("registrations"),
      cartagena.dashboard("sessions"),
      cartagena.dashboard("checkin"),
      cartagena.dashboard("settings"),
      "/en/dashboard/accounts",
      "/en/dashboard/outbox",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(strictPolicyProblems(policyOf(response)), path).toEqual([]);
      await page.waitForLoadState("networkidle");
    }
    expect(violations).toEqual([]);
  });
});
