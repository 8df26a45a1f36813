import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { type DatabaseHandle, openDatabase } from "@/db/client";

type WorkerFixtures = { database: DatabaseHandle };

/** Tests read and prepare the same PostgreSQL database the server under test uses. */
export const test = base.extend<object, WorkerFixtures>({
  database: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this object pattern; it must be there, even empty.
    async ({}, use) => {
      const handle = openDatabase({ url: process.env.E2E_DATABASE_URL! });
      await use(handle);
      await handle.close();
    },
    { scope: "worker" },
  ],
});

export { expect };

/** WCAG 2.1 A and AA checks of the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

/** A unique address per test run, so tests never collide. */
export function uniqueEmail(label: string) {
  return `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.org`;
}
