import type { Page } from "@playwright/test";
import { inArray } from "drizzle-orm";
import { events, sessions } from "@/db/schema";
import { PUBLIC_STATUSES } from "@/lib/programme/status";
import { createTestDialogue } from "./support/dialogues";
import { expect, test } from "./support/fixtures";

const LOCALES = ["en", "es", "pt", "fr"] as const;

/** robots.txt as (field, value) pairs in order, the way a crawler reads it. */
function robotsRecords(text: string): [string, string][] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(":");
      return [line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()];
    });
}

test("robots.txt keeps crawlers out of organiser pages and personal links and names the sitemap", async ({ request, baseURL }) => {
  const response = await request.get("/robots.txt");
  expect(response.ok()).toBe(true);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const records = robotsRecords(await response.text());
  expect(records[0]).toEqual(["user-agent", "*"]);
  const disallowed = records.filter(([field]) => field === "disallow").map(([, value]) => value);
  for (const locale of LOCALES) {
    for (const page of ["dashboard", "manage", "setup", "invitation", "reset-password"]) {
      expect(disallowed).toContain(`/${locale}/${page}`);
    }
  }
  expect(disallowed).toContain("/api/");
  // Nothing public is disallowed: no rule is a prefix of a public page or programme file.
  for (const open of [
    "/en",
    "/es/events/x",
    "/fr/events/x/schedule",
    "/pt/events/x/programme.ics",
    "/en/events/x/programme.json",
    "/en/privacy",
  ]) {
    expect(
      disallowed.filter((rule) => open.startsWith(rule)),
      open,
    ).toEqual([]);
  }
  expect(records).toContainEqual(["sitemap", `${baseURL}/sitemap.xml`]);
});

/** The sitemap parsed by the browser's XML parser: each <url> with its <loc> and hreflang links. */
async function parseSitemap(page: Page, xml: string) {
  await page.goto("about:blank");
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const error = doc.getElementsByTagName("parsererror")[0]?.textContent ?? null;
    const root = doc.documentElement;
    const urls = [...doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url")].map((url) => ({
      loc: url.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc")[0]?.textContent ?? "",
      alternates: Object.fromEntries(
        [...url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link")]
          .filter((link) => link.getAttribute("rel") === "alternate")
          .map((link) => [link.getAttribute("hreflang"), link.getAttribute("href")]),
      ) as Record<string, string>,
    }));
    return { error, root: `${root.namespaceURI} ${root.localName}`, urls };
  }, xml);
}

test("sitemap.xml lists every public (published or archived) dialogue, schedule and session in each language, with alternates", async ({
  page,
  request,
  database,
  baseURL,
}) => {
  const db = database.db;
  const published = await createTestDialogue(db, "sitemap");
  const draft = await createTestDialogue(db, "sitemap-draft", { event: { status: "draft" } });
  const readPublished = async () => {
    const rows = await db.select({ id: events.id, slug: events.slug }).from(events).where(inArray(events.status, PUBLIC_STATUSES));
    const rowsSessions = await db
      .select({ eventId: sessions.eventId, slug: sessions.slug })
      .from(sessions)
      .where(
        inArray(
          sessions.eventId,
          rows.map((r) => r.id),
        ),
      );
    const paths = new Set<string>();
    for (const row of rows) {
      paths.add(`/events/${row.slug}`).add(`/events/${row.slug}/schedule`);
      for (const s of rowsSessions.filter((s) => s.eventId === row.id)) paths.add(`/events/${row.slug}/sessions/${s.slug}`);
    }
    return paths;
  };
  const before = await readPublished();

  const response = await request.get("/sitemap.xml");
  expect(response.ok()).toBe(true);
  expect(response.headers()["content-type"]).toContain("xml");
  const sitemap = await parseSitemap(page, await response.text());
  const after = await readPublished();

  expect(sitemap.error).toBeNull();
  expect(sitemap.root).toBe("http://www.sitemaps.org/schemas/sitemap/0.9 urlset");
  const locs = new Set(sitemap.urls.map((u) => u.loc));
  expect(locs.size).toBe(sitemap.urls.length);
  // Each entry: absolute, on APP_URL, with its four languages and x-default, all absolute.
  for (const url of sitemap.urls) {
    const match = new RegExp(`^${baseURL}/(en|es|pt|fr)(/.*)?$`).exec(url.loc);
    expect(match, url.loc).not.toBeNull();
    const path = match![2] ?? "";
    expect(url.alternates).toEqual({
      ...Object.fromEntries(LOCALES.map((l) => [l, `${baseURL}/${l}${path}`])),
      "x-default": `${baseURL}/en${path}`,
    });
  }
  // The data: every page of a dialogue published before and after the request is listed in each
  // language, and nothing listed belongs to a dialogue that was not published.
  const paths = new Set(sitemap.urls.map((u) => u.loc.replace(/^.*?\/(en|es|pt|fr)/, "")));
  for (const path of before) if (after.has(path)) for (const l of LOCALES) expect(locs, path).toContain(`${baseURL}/${l}${path}`);
  for (const path of paths) if (path !== "") expect(before.has(path) || after.has(path), path).toBe(true);
  expect([...paths].filter((p) => p.includes(draft.slug))).toEqual([]);
  expect(paths).toContain(`/events/${published.slug}/sessions/small-workshop`);
  expect(paths).toContain("");
});

test("every public page has an absolute canonical address and hreflang alternates in its head", async ({ page, database, baseURL }) => {
  const { slug } = await createTestDialogue(database.db, "canonical");
  const event = `/events/${slug}`;
  const pages: [path: string, canonicalPath: string][] = [
    ["", ""],
    [event, event],
    [`${event}/schedule`, `${event}/schedule`],
    [`${event}/schedule?day=2024-06-10`, `${event}/schedule`],
    [`${event}/sessions/small-workshop`, `${event}/sessions/small-workshop`],
    [`${event}/register`, `${event}/register`],
    ["/privacy", "/privacy"],
    ["/sign-in", "/sign-in"],
  ];
  for (const [path, canonicalPath] of pages) {
    await page.goto(`/es${path}`);
    const head = page.locator("head");
    await expect(head.locator('link[rel="canonical"]'), path).toHaveAttribute("href", `${baseURL}/es${canonicalPath}`);
    const alternates = await head
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => Object.fromEntries(links.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")])));
    expect(alternates, path).toEqual({
      ...Object.fromEntries(LOCALES.map((l) => [l, `${baseURL}/${l}${canonicalPath}`])),
      "x-default": `${baseURL}/en${canonicalPath}`,
    });
  }
});

test("event, schedule and session pages carry Open Graph and Twitter cards with dates and city; drafts none", async ({
  page,
  database,
  baseURL,
}) => {
  const { slug } = await createTestDialogue(database.db, "social", {
    event: { summary: { en: "A dialogue made by a test.", fr: "Un dialogue de test." } },
  });
  const meta = (name: string) => page.locator(`head meta[property="${name}"], head meta[name="${name}"]`).first();
  const cases = [
    { path: `/fr/events/${slug}`, title: "Test dialogue social", dates: "10 juin 2024" },
    { path: `/fr/events/${slug}/schedule`, title: "Programme · Test dialogue social", dates: "10 juin 2024" },
    { path: `/fr/events/${slug}/sessions/small-workshop`, title: "Small workshop · Test dialogue social", dates: "10 juin 2024" },
  ];
  for (const { path, title, dates } of cases) {
    await page.goto(path);
    await expect(meta("og:title"), path).toHaveAttribute("content", title);
    await expect(meta("og:url"), path).toHaveAttribute("content", `${baseURL}${path}`);
    await expect(meta("og:type"), path).toHaveAttribute("content", "website");
    await expect(meta("og:locale"), path).toHaveAttribute("content", "fr_FR");
    await expect(meta("og:site_name"), path).toHaveAttribute("content", "Diálogos");
    const description = (await meta("og:description").getAttribute("content")) ?? "";
    expect(description, path).toContain(dates);
    expect(description, path).toContain("Lisboa, Portugal");
    await expect(meta("twitter:card"), path).toHaveAttribute("content", "summary");
    await expect(meta("twitter:title"), path).toHaveAttribute("content", title);
    await expect(meta("twitter:description"), path).toHaveAttribute("content", description);
  }
  await page.goto(`/fr/events/${slug}/sessions/small-workshop`);
  expect(await meta("og:description").getAttribute("content")).toMatch(/10:00\D11:00/); // 09:00Z in Lisbon summer time

  const draft = await createTestDialogue(database.db, "social-draft", { event: { status: "draft" } });
  for (const path of [
    `/en/events/${draft.slug}`,
    `/en/events/${draft.slug}/schedule`,
    `/en/events/${draft.slug}/sessions/small-workshop`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('head meta[property="og:title"]'), path).toHaveCount(0);
  }
});
