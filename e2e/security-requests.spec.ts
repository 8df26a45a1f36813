import { readdirSync, statSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { registrations } from "@/db/schema";
import { buildPath } from "./support/build-dir";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { seeded } from "./support/seeded";

// Raw HTTP, as an attacker's script would send it (no browser rules apply).
const base = () => new URL(test.info().project.use.baseURL!);
const REGISTER = seeded.cartagena.page("en", "/register");

test.describe("hostile requests answer 4xx, never 5xx", () => {
  test("a server action posted from a foreign Origin is refused with 403", async ({ request }) => {
    const response = await request.post(REGISTER, {
      headers: { Origin: "https://evil.example", "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
    });
    expect(response.status()).toBe(403);
    const sameSite = await request.post(REGISTER, { headers: { Origin: base().origin }, multipart: { locale: "en" } });
    expect(sameSite.status()).toBeLessThan(500);
  });

  test("an action body over 1 MB is refused with 413, a body of unknown length with 411", async ({ request }) => {
    const big = await request.post(REGISTER, {
      headers: { Origin: base().origin, "Content-Type": "application/x-www-form-urlencoded" },
      data: `organisation=${"x".repeat(1024 * 1024 + 10)}`,
    });
    expect(big.status()).toBe(413);
    const chunked = await rawPost(REGISTER, { "Transfer-Encoding": "chunked", Origin: base().origin }, Buffer.alloc(2048, 97));
    expect(chunked.status).toBe(411);
  });

  test("the Auth.js route refuses a 60 MB post before reading it", async () => {
    // Declares 60 MB, sends 64 KB: the answer must come without the rest of the body.
    const response = await rawPost(
      "/api/auth/callback/credentials",
      { "Content-Length": String(60 * 1024 * 1024) },
      Buffer.alloc(64 * 1024, 97),
      false,
    );
    expect(response.status).toBe(413);
  });

  test("a NUL byte in a registration field is refused with a message, not a 500", async ({ request, database }) => {
    const page = await request.get(REGISTER);
    const html = await page.text();
    const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? "";
    const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)].map((m) => [
      m[1]!.replace(/&quot;/g, '"'),
      (m[2] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&"),
    ]);
    const fields: Record<string, string> = Object.fromEntries(hidden);
    Object.assign(fields, {
      givenName: "Nul\u0000a",
      familyName: "Byte\u0000",
      email: uniqueEmail("nul"),
      organisation: "Org\u0000anisation",
      position: "Advisor",
      stakeholderGroup: "government_lac_country",
      countryCode: "CO",
      represents: "Colombia",
      preferredLanguage: "es",
      privacyConsent: "on",
    });
    const response = await request.post(REGISTER, {
      headers: { Origin: base().origin, "X-Forwarded-For": "10.200.0.1" },
      multipart: fields,
      maxRedirects: 0,
    });
    // The form answers again with the field's message and nothing is stored; before, the insert
    // failed with a 500 (and the failed query's values went to the log).
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Remove the invisible control characters");
    const [row] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(registrations)
      .where(eq(registrations.email, fields.email!));
    expect(row!.n).toBe(0);
  });
});

test("200 requests for made-up slugs and paths answer 404 and add nothing to the page or data cache", async ({ request }) => {
  const marker = `madeup${Date.now().toString(36)}`;
  const paths = (i: number) => [
    `/en/events/${marker}-${i}`,
    `/es/events/${marker}-${i}/schedule`,
    `/fr/events/${marker}-${i}/schedule/all/all`,
    `/pt/events/${marker}-${i}/sessions/x`,
    seeded.cartagena.page("en", `/sessions/${marker}-${i}`),
    `/en/${marker}-${i}`,
    `/xx/events/${marker}-${i}`,
    `/en/events/${marker}-${i}/programme.json`,
  ];
  const before = cacheFootprint(marker);
  for (let i = 0; i < 25; i++) {
    for (const path of paths(i)) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
    }
  }
  const after = cacheFootprint(marker);
  expect(after.markedFiles, "no cache file is named after a made-up address").toEqual([]);
  // Other tests run in parallel and may cache a few real pages and reads; 200 made-up reads
  // stored would add hundreds of files.
  expect(after.files - before.files).toBeLessThan(40);
});

/** Files under the page cache (.next/server/app) and the data cache (.next/cache). */
function cacheFootprint(marker: string): { files: number; markedFiles: string[] } {
  const markedFiles: string[] = [];
  let files = 0;
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of entries) {
      const path = join(dir, name);
      if (name.includes(marker)) markedFiles.push(path);
      if (statSync(path).isDirectory()) walk(path);
      else files++;
    }
  };
  walk(buildPath("server/app"));
  walk(buildPath("cache"));
  return { files, markedFiles };
}

function rawPost(path: string, headers: Record<string, string>, body: Buffer, endBody = true): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: base().hostname,
        port: base().port,
        path,
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
      },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0 });
        req.destroy();
      },
    );
    req.on("error", (error) => (String(error).includes("ECONNRESET") ? undefined : reject(error)));
    req.write(body);
    if (endBody) req.end();
  });
}
