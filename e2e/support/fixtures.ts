import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, test as base, expect, type Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { events } from "@/db/schema";
import type { Role } from "@/lib/auth/roles";
import { type Inbox, inbox } from "./mailbox";
import { type SeededDialogue, seeded } from "./seeded";
import { createUser, signInAs, type TestUser } from "./users";

type Seeded = typeof seeded;
type Dialogues = { [name in keyof Seeded]: Seeded[name] & { id: number } };
type SignedIn = { user: TestUser; cookies: Awaited<ReturnType<BrowserContext["cookies"]>> };
/** Signs `page` (the test's page by default) in as a user of `role`; `fresh` makes a new account for this test alone. */
type SignIn = (role: Role, options?: { page?: Page; fresh?: boolean }) => Promise<TestUser>;

type WorkerFixtures = {
  database: DatabaseHandle;
  /** The seeded dialogues (db/seed-data), with their ids in the test database. */
  dialogues: Dialogues;
  /** One account per role and worker, signed in by the first test that needs it; `signIn` reuses its cookies. */
  accounts: Map<Role, SignedIn>;
};
type TestFixtures = {
  signIn: SignIn;
  /** The SMTP catcher's inbox (e2e/support/smtp-server.ts): every email the app sent. */
  inbox: Inbox;
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  /** Tests read and prepare the same PostgreSQL database the server under test uses. */
  database: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const handle = openDatabase({ url: process.env.E2E_DATABASE_URL! });
      await use(handle);
      await handle.close();
    },
    { scope: "worker" },
  ],
  dialogues: [
    async ({ database }, use) => {
      const stored = async <Named extends string>(dialogue: SeededDialogue<Named>) => {
        const [row] = await database.db.select({ id: events.id }).from(events).where(eq(events.slug, dialogue.slug));
        if (!row) throw new Error(`The seeded dialogue ${dialogue.slug} is not in the test database`);
        return dialogue.stored(row.id);
      };
      await use({ cartagena: await stored(seeded.cartagena), santoDomingo: await stored(seeded.santoDomingo) });
    },
    { scope: "worker" },
  ],
  accounts: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      await use(new Map());
    },
    { scope: "worker" },
  ],
  signIn: async ({ page, accounts }, use) => {
    await use(async (role, options = {}) => {
      const target = options.page ?? page;
      const account = options.fresh ? undefined : accounts.get(role);
      if (account) {
        // The worker's account: its session cookies, then the dashboard, where a sign-in lands.
        await target.context().addCookies(account.cookies);
        await target.goto("/en/dashboard");
        return account.user;
      }
      const user = await createUser(role, options.fresh ? role : `${role}-w${test.info().workerIndex}`);
      await signInAs(target, user);
      if (!options.fresh) accounts.set(role, { user, cookies: await target.context().cookies() });
      return user;
    });
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  inbox: async ({}, use) => {
    await use(inbox);
  },
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
