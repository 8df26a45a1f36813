import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createTestDialogue } from "./support/dialogues";
import { expect, test } from "./support/fixtures";

/**
 * The server under test builds and caches in a folder of its own: pages and programme files it
 * renders from the test database must never land in `.next`, which `npm start` serves.
 */
const buildDir = process.env.DIALOGOS_BUILD_DIR ?? "";

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

test("the test server caches what it renders in its own build folder, never in .next", async ({ request, database, baseURL }) => {
  expect(buildDir).not.toBe("");
  expect(buildDir.replace(/^\.\//, "").replace(/\/$/, "")).not.toBe(".next");
  const { slug } = await createTestDialogue(database.db, "build-dir");
  for (const path of [`/en/events/${slug}`, `/en/events/${slug}/programme.json`]) {
    expect((await request.get(path)).ok(), path).toBe(true);
  }
  // The route cache is written after the response: wait for the programme file in the test's folder.
  const ownCache = join(buildDir, "server", "app", "en", "events", slug);
  await expect.poll(() => filesUnder(ownCache).some((file) => readFileSync(file, "utf8").includes(`${baseURL}/en/events/${slug}`)), { timeout: 15_000 }).toBe(true);
  // …and nothing of this test dialogue anywhere in .next.
  expect(filesUnder(join(".next", "server", "app", "en", "events", slug))).toEqual([]);
  expect(filesUnder(join(".next", "cache", "fetch-cache")).filter((file) => readFileSync(file).includes(slug))).toEqual([]);
});
