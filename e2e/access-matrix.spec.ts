import type { APIRequestContext } from "@playwright/test";
import type { Role } from "@/lib/auth/roles";
import { actionCases, pageCases } from "./support/access";
import { EVENT_SLUG } from "./support/access/accounts";
import { checkInApiRoles, emptySync, rosterPath } from "./support/access/checkin-api";
import { delegationLetterPath } from "./support/access/delegations";
import {
  auditRows,
  dashboardActions,
  dashboardRoutes,
  fillPlaceholders,
  fillRequest,
  invokeAction,
  locateAction,
  pagePathTemplate,
  refused,
} from "./support/access/invoke";
import { dialogueActions, dialoguePages, inOtherDialogue, limitToDialogue, OTHER_SLUG } from "./support/access/scope";
import { test as base, expect } from "./support/fixtures";
import { createUser, signInAs } from "./support/users";

/**
 * Every dashboard page and organiser action, tried with no session, a forged session cookie, and
 * a real session of each role. Cases come from e2e/support/access/*.ts.
 */
type Who = Role | "anonymous" | "forged";
type Caller = { request: APIRequestContext; userId: number | null };
const callers: Who[] = ["anonymous", "forged", "checkin", "organiser", "admin"];

const test = base.extend<object, { callers: Record<Who, Caller> }>({
  callers: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL!;
      const contexts = [];
      const result = {} as Record<Who, Caller>;
      for (const who of callers) {
        const context = await browser.newContext({ baseURL });
        contexts.push(context);
        let userId: number | null = null;
        if (who === "forged") {
          // Gets past the proxy's convenience redirect: the server must refuse it by itself.
          await context.addCookies([{ name: "authjs.session-token", value: "forged", url: baseURL }]);
        } else if (who !== "anonymous") {
          const user = await createUser(who, `matrix-${who}`);
          const page = await context.newPage();
          await signInAs(page, user);
          await page.close();
          userId = user.id;
        }
        result[who] = { request: context.request, userId };
      }
      await use(result);
      for (const context of contexts) await context.close();
    },
    { scope: "worker" },
  ],
});

test.describe("pages", () => {
  for (const page of pageCases) {
    test(`${page.path}: ${page.allowed.join(", ")} only`, async ({ callers: who }) => {
      const path = await fillPlaceholders(page.path);
      for (const caller of callers) {
        const response = await who[caller].request.get(path, { maxRedirects: 0 });
        const status = response.status();
        if (caller === "anonymous" || caller === "forged") {
          expect([302, 303, 307], `${caller} on ${page.path}`).toContain(status);
          expect(response.headers().location, `${caller} on ${page.path}`).toMatch(/\/sign-in\?callbackUrl=/);
        } else if (page.allowed.includes(caller)) {
          expect(status, `${caller} on ${page.path}`).toBe(200);
        } else {
          expect(status, `${caller} on ${page.path}`).toBe(403);
        }
      }
    });
  }
});

test.describe("actions", () => {
  for (const action of actionCases) {
    test(`${action.file}#${action.name}: ${action.allowed.join(", ")} only`, async ({ callers: who }) => {
      const { id, page } = locateAction(action);
      for (const caller of callers) {
        const { path, form } = await fillRequest(pagePathTemplate(page), action.form ?? {});
        const audited = await auditRows(who[caller].userId);
        const result = await invokeAction(who[caller].request, path, id, form);
        const label = `${caller} → ${action.name} (${result.status}): ${result.body.slice(0, 200)}`;
        const role = caller === "anonymous" || caller === "forged" ? null : caller;
        if (role && action.allowed.includes(role)) {
          expect(result.status, label).toBeLessThan(500);
          expect(refused(result, "forbidden") || refused(result, "signInRequired"), label).toBe(false);
          expect(result.redirect ?? result.body, label).toMatch(/"ok":|\//);
        } else {
          expect(refused(result, role ? "forbidden" : "signInRequired"), label).toBe(true);
          // Nobody signed in: rows of the last second, which the call must not have added to.
          expect(await auditRows(who[caller].userId), `${label}: audit rows`).toBe(who[caller].userId === null ? 0 : audited);
        }
      }
    });
  }
});

test("a delegation's letter: the dialogue's organisers and administrators only", async ({ callers: who }) => {
  const path = await delegationLetterPath();
  const expected: Record<Who, number> = { anonymous: 401, forged: 401, checkin: 403, organiser: 200, admin: 200 };
  for (const caller of callers) {
    const response = await who[caller].request.get(path, { maxRedirects: 0 });
    expect(response.status(), `${caller} on ${path}`).toBe(expected[caller]);
    if (expected[caller] === 200) expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
  }
});

/**
 * Organiser and check-in accounts limited to one dialogue (the cases' own): 200 on its pages and
 * its actions go through; 403 on every page of the other dialogue, its actions refused as
 * "forbidden" with nothing audited, its exports refused; the dashboard lists only their dialogue.
 */
const scopedRoles = ["organiser", "checkin"] as const;
const scopedTest = base.extend<object, { scoped: Record<(typeof scopedRoles)[number], Caller> }>({
  scoped: [
    async ({ browser }, use, workerInfo) => {
      const contexts = [];
      const result = {} as Record<(typeof scopedRoles)[number], Caller>;
      for (const role of scopedRoles) {
        const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL! });
        contexts.push(context);
        const user = await createUser(role, `scoped-${role}`);
        await limitToDialogue(user.id, EVENT_SLUG);
        const page = await context.newPage();
        await signInAs(page, user);
        await page.close();
        result[role] = { request: context.request, userId: user.id };
      }
      await use(result);
      for (const context of contexts) await context.close();
    },
    { scope: "worker" },
  ],
});

scopedTest.describe("organisers per dialogue", () => {
  for (const role of scopedRoles) {
    scopedTest(`a ${role} of one dialogue: its pages 200, the other's 403`, async ({ scoped }) => {
      const { request } = scoped[role];
      for (const page of dialoguePages(pageCases, role)) {
        const own = await fillRequest(page.path, {});
        expect((await request.get(own.path, { maxRedirects: 0 })).status(), `${role} on ${own.path}`).toBe(200);
        const other = inOtherDialogue(own);
        expect((await request.get(other.path, { maxRedirects: 0 })).status(), `${role} on ${other.path}`).toBe(403);
      }
      const list = await (await request.get("/en/dashboard")).text();
      expect(list).toContain(`/dashboard/events/${EVENT_SLUG}`);
      expect(list).not.toContain(`/dashboard/events/${OTHER_SLUG}`);
    });

    scopedTest(`a ${role} of one dialogue: its actions run, the other's are forbidden`, async ({ scoped }) => {
      const { request, userId } = scoped[role];
      for (const action of dialogueActions(actionCases, role)) {
        const { id, page } = locateAction(action);
        const own = await fillRequest(pagePathTemplate(page), action.form ?? {});
        const allowed = await invokeAction(request, own.path, id, own.form);
        expect(refused(allowed, "forbidden"), `${role} → ${action.name} on its dialogue: ${allowed.body.slice(0, 200)}`).toBe(false);
        const other = inOtherDialogue(await fillRequest(pagePathTemplate(page), action.form ?? {}));
        const audited = await auditRows(userId);
        const result = await invokeAction(request, other.path, id, other.form);
        expect(refused(result, "forbidden"), `${role} → ${action.name} on ${OTHER_SLUG}: ${result.body.slice(0, 200)}`).toBe(true);
        expect(await auditRows(userId), `${action.name}: audit rows`).toBe(audited);
      }
    });
  }

  scopedTest("check-in staff of one dialogue get its roster and sync, not the other's", async ({ scoped }, testInfo) => {
    const { request } = scoped.checkin;
    const origin = testInfo.project.use.baseURL!;
    expect((await request.get(rosterPath(EVENT_SLUG))).status()).toBe(200);
    expect((await emptySync(request, EVENT_SLUG, origin)).status()).toBe(200);
    expect((await request.get(rosterPath(OTHER_SLUG))).status()).toBe(403);
    expect((await emptySync(request, OTHER_SLUG, origin)).status()).toBe(403);
  });

  scopedTest("an organiser of one dialogue downloads no letter of another", async ({ scoped }) => {
    expect((await scoped.organiser.request.get(await delegationLetterPath())).status()).toBe(403);
  });

  scopedTest("an organiser of one dialogue exports only its data", async ({ scoped }) => {
    const { request } = scoped.organiser;
    expect((await request.get(`/en/dashboard/events/${EVENT_SLUG}/exports/registrations`)).status()).toBe(200);
    expect((await request.get(`/en/dashboard/events/${OTHER_SLUG}/exports/registrations?format=xlsx`)).status()).toBe(403);
    // Badges: a PDF, or back to the badges page when nobody is confirmed yet.
    const badges = "badges/pdf?scope=all&layout=a4&language=en";
    expect([200, 303]).toContain((await request.get(`/en/dashboard/events/${EVENT_SLUG}/${badges}`, { maxRedirects: 0 })).status());
    expect((await request.get(`/en/dashboard/events/${OTHER_SLUG}/${badges}`, { maxRedirects: 0 })).status()).toBe(403);
    // A certificate: the other dialogue's refused before any registration is looked up; check-in staff never.
    const certificate = (slug: string) => `/en/dashboard/events/${slug}/certificates/999999999`;
    expect((await request.get(certificate(EVENT_SLUG))).status()).toBe(404);
    expect((await request.get(certificate(OTHER_SLUG))).status()).toBe(403);
    expect((await scoped.checkin.request.get(certificate(EVENT_SLUG))).status()).toBe(403);
  });
});

test("the badges route (check-in codes of every delegate): administrators and organisers only", async ({ callers: who }) => {
  const path = `/en/dashboard/events/${EVENT_SLUG}/badges/pdf?scope=registration&registration=${await fillPlaceholders("{{registrationId}}")}&layout=a6`;
  const expected: Record<Who, number> = { anonymous: 401, forged: 401, checkin: 403, organiser: 200, admin: 200 };
  for (const caller of callers) {
    const response = await who[caller].request.get(path, { maxRedirects: 0 });
    expect(response.status(), caller).toBe(expected[caller]);
    if (response.status() === 200)
      expect(response.headers()).toMatchObject({ "content-type": "application/pdf", "cache-control": "private, no-store" });
  }
});

test("the offline desks' roster and sync: the roles that check in only, never cached, same-origin posts only", async ({
  callers: who,
}, testInfo) => {
  const origin = testInfo.project.use.baseURL!;
  for (const caller of callers) {
    const expected = caller === "anonymous" || caller === "forged" ? 401 : checkInApiRoles.includes(caller) ? 200 : 403;
    const roster = await who[caller].request.get(rosterPath(EVENT_SLUG), { maxRedirects: 0 });
    expect(roster.status(), `${caller}: roster`).toBe(expected);
    expect(roster.headers()["cache-control"], `${caller}: roster`).toBe("no-store, private");
    const sync = await emptySync(who[caller].request, EVENT_SLUG, origin);
    expect(sync.status(), `${caller}: sync`).toBe(expected);
    if (expected === 200) expect(await sync.json()).toEqual({ results: [] });
    // No Origin (a script elsewhere, an old client) or another site's: refused before the session is read.
    expect((await emptySync(who[caller].request, EVENT_SLUG, null)).status(), `${caller}: sync without Origin`).toBe(403);
    expect((await emptySync(who[caller].request, EVENT_SLUG, "https://evil.example")).status(), `${caller}: foreign sync`).toBe(403);
    expect((await who[caller].request.get(rosterPath("no-such-dialogue"))).status(), `${caller}: unknown`).toBe(
      expected === 200 ? 404 : expected,
    );
  }
});

/** Actions on dashboard pages that are not organiser actions (anyone may sign out). */
const notOrganiserActions = ["app/[locale]/dashboard/actions.ts#signOutAction"];

test("the matrix covers every dashboard page and action of the build", () => {
  // The most specific route a path belongs to ("sessions/new" before "sessions/[id]").
  const routes = dashboardRoutes().sort((a, b) => a.split("[").length - b.split("[").length);
  const routeOf = (path: string) =>
    routes.find((route) => {
      const pattern = route.replace(/\[[^\]]+\]/g, "[^/]+");
      return new RegExp(`^${pattern}$`).test(path.replace(/\?.*$/, "").replace(/\{\{\w+\}\}/g, "x"));
    });
  const covered = new Set(pageCases.map((c) => routeOf(c.path)));
  const missingPages = dashboardRoutes().filter((route) => !covered.has(route));
  expect(missingPages, "add a PageCase in e2e/support/access/*.ts").toEqual([]);

  const cases = new Set(actionCases.map((c) => `${c.file}#${c.name}`));
  const missingActions = dashboardActions().filter((a) => !cases.has(a) && !notOrganiserActions.includes(a));
  expect(missingActions, "add an ActionCase in e2e/support/access/*.ts").toEqual([]);
});
