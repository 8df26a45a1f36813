import { request as httpRequest } from "node:http";
import { createTestDialogue } from "./support/dialogues";
import { expect, test } from "./support/fixtures";

/**
 * Absolute addresses come from APP_URL, never from the request: public pages are cached and shared,
 * so a forged Host or X-Forwarded-Host must leave no trace in what anyone is served.
 */
const FORGED = "evil.example";

type Answer = { status: number; headers: Record<string, string>; body: string };

/** A GET with forged host headers (Node's http client: browsers and fetch refuse to set Host). */
function forgedGet(baseURL: string, path: string, extra: Record<string, string> = {}): Promise<Answer> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { headers: { Host: FORGED, "X-Forwarded-Host": FORGED, "X-Forwarded-Proto": "https", Accept: "text/html,*/*", ...extra } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) headers[name] = Array.isArray(value) ? value.join(", ") : String(value);
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString("utf8") });
        });
      },
    );
    req.on("error", reject);
    req.end();
  });
}

function traces(answer: Answer): string[] {
  const found = Object.entries(answer.headers)
    .filter(([, value]) => value.includes(FORGED))
    .map(([name, value]) => `header ${name}: ${value}`);
  const at = answer.body.indexOf(FORGED);
  if (at >= 0) found.push(`body: …${answer.body.slice(Math.max(0, at - 80), at + 40)}…`);
  return found;
}

test("a forged Host or X-Forwarded-Host leaves no trace on any public page or file", async ({ database, baseURL }) => {
  // A dialogue of its own, so the forged request is the first to render (and cache) its pages.
  const { slug } = await createTestDialogue(database.db, "forged-host");
  const event = `/en/events/${slug}`;
  const paths = [
    "/en",
    event,
    `${event}/schedule`,
    `${event}/schedule?day=2024-06-10`,
    `${event}/sessions/small-workshop`,
    `${event}/register`,
    "/en/privacy",
    "/en/sign-in",
    `${event}/programme.json`,
    `${event}/programme.ics`,
    `${event}/sessions/small-workshop/session.ics`,
    "/robots.txt",
    "/sitemap.xml",
  ];
  for (const path of paths) {
    // Twice: the second answer may come from the cache the first one filled.
    for (const round of [1, 2]) {
      const answer = await forgedGet(baseURL!, path);
      expect(answer.status, `${path} (${round})`).toBe(200);
      expect(traces(answer), `${path} (${round})`).toEqual([]);
    }
  }
  // After the forged requests, an honest reader gets the configured address.
  const honest = await forgedGet(baseURL!, `${event}/programme.json`, {
    Host: new URL(baseURL!).host,
    "X-Forwarded-Host": new URL(baseURL!).host,
  });
  expect(JSON.parse(honest.body).event.url).toBe(`${baseURL}${event}`);
});

// Next answers the proxy's redirects with a relative Location when the target is the asking host.
test("the language redirect of / stays on the site and varies by Accept-Language", async ({ baseURL }) => {
  const answer = await forgedGet(baseURL!, "/", { "Accept-Language": "es-CO,es;q=0.9" });
  expect(answer.status).toBeGreaterThanOrEqual(300);
  expect(answer.status).toBeLessThan(400);
  expect(new URL(answer.headers.location!, baseURL).href).toBe(`${baseURL}/es`);
  expect(answer.headers.vary?.toLowerCase().split(/,\s*/)).toContain("accept-language");
  expect(traces(answer)).toEqual([]);
});

test("the dashboard's sign-in redirect stays on the site too", async ({ baseURL }) => {
  const answer = await forgedGet(baseURL!, "/en/dashboard");
  expect(new URL(answer.headers.location!, baseURL).href).toBe(`${baseURL}/en/sign-in?callbackUrl=%2Fen%2Fdashboard`);
  expect(traces(answer)).toEqual([]);
});
