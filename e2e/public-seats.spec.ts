import { eq } from "drizzle-orm";
import { events } from "@/db/schema";
import { createTestDialogue } from "./support/dialogues";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { delegateContext, english, fillDelegate } from "./support/registration";

test("the cached schedule's seat count follows a registration without an organiser's edit", async ({ browser, request, database }) => {
  // A dialogue of its own, so no other test's registrations move its count.
  const { slug } = await createTestDialogue(database.db, "seats", { event: { status: "published" }, capacity: 3 });
  const context = await delegateContext(browser);
  const page = await context.newPage();
  try {
    expect((await request.post("/api/test/revalidate", { data: { slug } })).ok()).toBe(true);
    const schedule = `/en/events/${slug}/schedule`;
    await page.goto(schedule);
    await expect(page.getByText("3 seats left")).toBeVisible();

    await page.goto(`/en/events/${slug}/register`);
    await fillDelegate(page, { email: uniqueEmail("seats"), givenName: "Rui", familyName: "Costa" }, english);
    await page.getByRole("checkbox", { name: /Small workshop/ }).check();
    await page.getByRole("checkbox", { name: /I have read the privacy notice/ }).check();
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/events/${slug}/register/sent$`));

    // Not confirmed yet, the seat is held, and a held seat is not free. The page is refreshed in the
    // background: one more request may still get the old copy.
    await expect
      .poll(
        async () => {
          await page.goto(schedule);
          return page.getByText("2 seats left").isVisible();
        },
        { timeout: 15_000 },
      )
      .toBe(true);
  } finally {
    await context.close();
    await database.db.update(events).set({ status: "archived" }).where(eq(events.slug, slug));
  }
});
