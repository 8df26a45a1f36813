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
type SignedIn = { user: TestUser; storageState: Awaited<ReturnType<BrowserContext["storageState"]>> };
/** Signs `page` (the test's page by default) in as a user of `role`; `fresh` makes a new account for this test alone. */
type SignIn = (role: Role, options?: { page?: Page; fresh?: boolean }) => Promise<TestUser>;

type WorkerFixtures = {
  database: DatabaseHandle;
  /** The seeded dialogues (db/seed-data), with their ids in the test database. */
  dialogues: Dialogues;
  /** One account per role and worker, signed in once; its cookies are reused by `signIn`. */
  accounts: (role: Role) => Promise<SignedIn>;
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
    async ({ browser }, use, workerInfo) => {
      const signedIn = new Map<Role, Promise<SignedIn>>();
      const baseURL = workerInfo.project.use.baseURL;
      await use((role) => {
        let account = signedIn.get(role);
        if (!account) {
          account = (async () => {
            const user = await createUser(role, `${role}-w${workerInfo.workerIndex}`);
            const context = await browser.newContext({ baseURL });
            await signInAs(await context.newPage(), user);
            const storageState = await context.storageState();
            await context.close();
            return { user, storageState };
          })();
          signedIn.set(role, account);
        }
        return account;
      });
    },
    { scope: "worker" },
  ],
  signIn: async ({ page, accounts }, use) => {
    await use(async (role, options = {}) => {
      const target = options.page ?? page;
      if (options.fresh) {
        const user = await createUser(role);
        await signInAs(target, user);
        return user;
      }
      // The worker's account: its session cookie, then the dashboard, where a sign-in lands.
      const { user, storageState } = await accounts(role);
      await target.context().addCookies(storageState.cookies);
      await target.goto("/en/dashboard");
      await target.waitForURL(/\/en\/dashboard/);
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
