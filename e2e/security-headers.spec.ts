import { eq } from "drizzle-orm";
import { events } from "@/db/schema";
import { hashToken, newToken } from "@/lib/tokens";
import { insertRegistration } from "@/tests/support/fixtures";
import { policyOf, strictPolicyProblems, watchCspViolations } from "./support/csp";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { CARTAGENA, delegateContext, english, fillDelegate } from "./support/registration";
import { signIn } from "./support/users";

const CACHED_PAGES = [
  "/en",
  `/en/events/${CARTAGENA}`,
  `/en/events/${CARTAGENA}/schedule`,
  `/es/events/${CARTAGENA}/schedule?theme=cybersecurity`,
  `/fr/events/${CARTAGENA}/sessions/opening-plenary`,
  "/pt/privacy",
  "/en/forgot-password",
  "/en/events/no-such-dialogue",
  "/en/no-such-page",
];
const PER_REQUEST_PAGES = [`/en/events/${CARTAGENA}/register`, `/en/events/${CARTAGENA}/register/sent`, "/en/sign-in", "/en/manage"];

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
    const cached = policyOf(await page.goto(`/en/events/${CARTAGENA}/schedule`));
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
  }) => {
    const context = await delegateContext(browser);
    const page = await context.newPage();
    const violations = await watchCspViolations(page);

    // The switch works only if React hydrated the cached page, i.e. its inline scripts ran.
    await page.goto(`/en/events/${CARTAGENA}/schedule`);
    const zoneSwitch = page.getByRole("group").filter({ has: page.locator("button[aria-pressed]") });
    await zoneSwitch.getByRole("button").nth(1).click();
    await expect(zoneSwitch.getByRole("button").nth(1)).toHaveAttribute("aria-pressed", "true");

    await page.goto(`/en/events/${CARTAGENA}/register`);
    // The browser-side check (react-hook-form) answers before anything is sent.
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.getByText("Please fill in this field.").first()).toBeVisible();
    await fillDelegate(page, { email: uniqueEmail("csp"), givenName: "Carla", familyName: "Segura" }, english);
    await page.getByRole("checkbox", { name: /I have read the privacy notice/ }).check();
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");

    const [event] = await database.db.select().from(events).where(eq(events.slug, CARTAGENA));
    const token = newToken();
    await insertRegistration(database.db, event!.id, { manageTokenHash: hashToken(token), email: uniqueEmail("csp.manage") });
    const manage = await page.goto(`/en/manage/${token}`);
    expect(strictPolicyProblems(policyOf(manage))).toEqual([]);
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
    await context.close();
  });

  test("dashboard pages carry a nonce policy and run without a violation", async ({ page }) => {
    const violations = await watchCspViolations(page);
    await signIn(page, "admin");
    for (const path of [
      "/en/dashboard",
      `/en/dashboard/events/${CARTAGENA}`,
      `/en/dashboard/events/${CARTAGENA}/registrations`,
      `/en/dashboard/events/${CARTAGENA}/sessions`,
      `/en/dashboard/events/${CARTAGENA}/checkin`,
      `/en/dashboard/events/${CARTAGENA}/settings`,
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
