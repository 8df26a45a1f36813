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

test("the test server caches what it renders in its own build folder, never in .next", async ({ request, database }) => {
  expect(buildDir).not.toBe("");
  expect(buildDir.replace(/^\.\//, "").replace(/\/$/, "")).not.toBe(".next");
  const { slug } = await createTestDialogue(database.db, "build-dir");
  for (const path of [`/en/events/${slug}`, `/en/events/${slug}/programme.json`]) {
    expect((await request.get(path)).ok(), path).toBe(true);
  }
  // The data cache behind the pages (the programme read, kept on disk between restarts) is written
  // in the test's folder…
  const holding = (dir: string) => filesUnder(join(dir, "cache", "fetch-cache")).filter((file) => readFileSync(file).includes(slug));
  await expect.poll(() => holding(buildDir).length, { timeout: 15_000 }).toBeGreaterThan(0);
  // …and nothing of this test dialogue anywhere in .next.
  expect(holding(".next")).toEqual([]);
  expect(filesUnder(join(".next", "server", "app")).filter((file) => file.includes(slug))).toEqual([]);
});
