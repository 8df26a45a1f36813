import { emailOutbox } from "@/db/schema";
import { insertRegistration } from "@/tests/support/fixtures";
import { createTestDialogue } from "./support/dialogues";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";
import { en } from "./support/messages";
import { seeded } from "./support/seeded";
import { e2eDb } from "./support/users";

const EVENT = seeded.cartagena.dashboard();
const nav = (key: string) => en(`dashboard.nav.${key}`);

async function stat(page: import("@playwright/test").Page, key: string): Promise<number> {
  return Number(((await page.locator(`[data-stat="${key}"] .stat-value`).textContent()) ?? "").replace(/\D/g, ""));
}

test("the overview counts live and charts by group, region, country and session", async ({ page, signIn }) => {
  // A dialogue of its own (a draft), so registrations other tests make meanwhile never move its counts.
  const { event, slug } = await createTestDialogue(e2eDb(), "overview", { event: { status: "draft" }, capacity: 50 });
  await signIn("organiser");
  await page.goto(`/en/dashboard/events/${slug}`);
  await expect(page.getByRole("heading", { name: nav("overview"), level: 1 })).toBeVisible();
  expect(await stat(page, "registered")).toBe(0);

  await insertRegistration(e2eDb(), event!.id, { status: "pending", countryCode: "PT", stakeholderGroup: "media" });
  await insertRegistration(e2eDb(), event!.id, { status: "confirmed", countryCode: "CO", stakeholderGroup: "academia_research" });
  await page.reload();
  expect(await stat(page, "registered")).toBe(2);
  expect(await stat(page, "pending")).toBe(1);
  expect(await stat(page, "confirmed")).toBe(1);

  const region = page.getByRole("region", { name: "By region" });
  await expect(region.locator(".bar-label").getByText("European Union")).toBeVisible();
  await region.getByText("Show as a table").click();
  await expect(region.getByRole("table")).toBeVisible();
  await expect(page.getByRole("region", { name: "By stakeholder group" }).locator(".bar-label").getByText("Media")).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: /By country/ })
      .locator(".bar-label")
      .getByText("Portugal"),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Fill rate per session" }).locator(".bar-row").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The navigation of the dialogue, with the current section marked.
  const sections = page.getByRole("navigation", { name: /sections/ });
  await expect(sections.getByRole("link", { name: nav("overview") })).toHaveAttribute("aria-current", "page");
  for (const key of ["registrations", "sessions", "themes", "checkin", "attendance", "exports"]) {
    await expect(sections.getByRole("link", { name: nav(key) })).toBeVisible();
  }
});

test("check-in staff see only the check-in desk and attendance", async ({ page, signIn }) => {
  await signIn("checkin");
  await expect(page.getByRole("navigation", { name: nav("label") }).getByRole("link")).toHaveText([nav("home")]);
  // Their way into a dialogue is the check-in desk.
  const entry = page.locator(`a[href="${EVENT}/checkin"]`);
  await expect(entry).toHaveCount(1);
  await page.goto(`${EVENT}/checkin`);
  const sections = page.getByRole("navigation", { name: /sections/ });
  await expect(sections.getByRole("link")).toHaveText([nav("checkin"), nav("attendance")]);
});

const adminPages = ["/en/dashboard", EVENT, "/en/dashboard/accounts", "/en/dashboard/audit", "/en/dashboard/outbox"];

// The admin pages no other spec runs axe on: a dialogue's overview is checked in the overview test
// above and the accounts page in accounts.spec.ts (one full axe run per page is enough).
const adminPagesForAxe = ["/en/dashboard", "/en/dashboard/audit", "/en/dashboard/outbox"];

test("admin pages pass axe", async ({ page, signIn }) => {
  test.slow(); // three full axe runs
  await signIn("admin");
  for (const path of adminPagesForAxe) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await page.goto("/en/dashboard/audit");
  await page.getByLabel("Action").selectOption("user.setup");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/action=/);
});

test("the shell fits 360 px without sideways scrolling", async ({ page, signIn }) => {
  await signIn("admin");
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of adminPages) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(360);
  }
});

test("an admin retries a failed email from the outbox, and the audit log shows who did it", async ({ page, signIn }) => {
  // An account of its own: the audit log is filtered by who retried.
  const admin = await signIn("admin", { fresh: true });
  const subject = `Undeliverable ${Date.now()}`;
  await e2eDb().insert(emailOutbox).values({
    kind: "test.failed",
    toAddress: "bounce@example.org",
    subject,
    textBody: "x",
    status: "failed",
    attempts: 8,
    lastError: "550 mailbox unavailable",
  });
  await page.goto("/en/dashboard/outbox");
  await expect(page.locator('[data-stat="failed"] .stat-value')).not.toHaveText("0");
  const row = page.getByRole("row", { name: new RegExp(subject) });
  await expect(row).toContainText("550 mailbox unavailable");
  await row.getByRole("button", { name: `Retry: ${subject}` }).click();
  await expect(page.getByText("The message will be sent again.")).toBeVisible();

  await page.goto(`/en/dashboard/audit?action=email.retry&user=${admin.id}`);
  await expect(page.getByRole("row", { name: /email\.retry/ })).toContainText(admin.email);
  await expect(page.getByText("Entries found: 1")).toBeVisible();
});
