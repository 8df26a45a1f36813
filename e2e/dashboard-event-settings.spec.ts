import { eq } from "drizzle-orm";
import { events } from "@/db/schema";
import { createTestDialogue } from "./support/dialogues";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";
import { en } from "./support/messages";

test("an organiser closes registration and sets a window: the public pages follow at once", async ({ page, database, signIn }) => {
  // A dialogue of its own, so closing it never affects another test.
  const { slug } = await createTestDialogue(database.db, "settings", { event: { status: "published" } });
  await page.goto(`/en/events/${slug}`);
  await expect(page.locator(`a[href="/en/events/${slug}/register"]`).first()).toBeVisible();

  await signIn("organiser");
  await page.goto(`/en/dashboard/events/${slug}/settings`);
  await expect(page.getByRole("heading", { name: "Registration settings", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  // A window that closes before it opens is refused, in words, and nothing is saved.
  await page.getByLabel("Opens at (optional)").fill("2024-06-01T09:00");
  await page.getByLabel("Closes at (optional)").fill("2024-05-01T09:00");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Registration must close after it opens.")).toBeVisible();
  await expect(page.getByLabel("Closes at (optional)")).toBeFocused();
  const [unchanged] = await database.db.select().from(events).where(eq(events.slug, slug));
  expect(unchanged!.registrationOpensAt).toBeNull();

  await page.getByLabel("Opens at (optional)").fill("");
  await page.getByLabel("Closes at (optional)").fill("");
  await page.getByLabel("Registration is open (the organisers' switch)").uncheck();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Saved. The public pages show the new settings.")).toBeVisible();

  await page.goto(`/en/events/${slug}`);
  await expect(page.getByText(en("event.registrationClosed"))).toBeVisible();
  await expect(page.locator(`a[href="/en/events/${slug}/register"]`)).toHaveCount(0);
  const [row] = await database.db.select().from(events).where(eq(events.slug, slug));
  expect(row!.registrationOpen).toBe(false);
  await database.db.update(events).set({ status: "draft" }).where(eq(events.slug, slug));
});
