import { eq } from "drizzle-orm";
import { events } from "@/db/schema";
import { RegistrationPage } from "./pages/registration-page";
import { SchedulePage } from "./pages/schedule-page";
import { createTestDialogue } from "./support/dialogues";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { delegateContext } from "./support/registration";

test("the cached schedule's seat count follows a registration without an organiser's edit", async ({ browser, request, database }) => {
  // A dialogue of its own, so no other test's registrations move its count.
  const { slug, session } = await createTestDialogue(database.db, "seats", { event: { status: "published" }, capacity: 3 });
  const context = await delegateContext(browser);
  const page = await context.newPage();
  try {
    expect((await request.post("/api/test/revalidate", { data: { slug } })).ok()).toBe(true);
    const schedule = new SchedulePage(page, { slug });
    await schedule.goto();
    await expect(page.getByText("3 seats left")).toBeVisible();

    const form = new RegistrationPage(page, { slug });
    await form.goto();
    await form.register({ email: uniqueEmail("seats"), givenName: "Rui", familyName: "Costa" }, [session.title.en]);
    await expect(page).toHaveURL(new RegExp(`${form.path}/sent$`));

    // Not confirmed yet, the seat is held, and a held seat is not free. The page is refreshed in the
    // background: one more request may still get the old copy.
    await expect
      .poll(
        async () => {
          await schedule.goto();
          return page.getByText("2 seats left").isVisible();
        },
        { timeout: 15_000 },
      )
      .toBe(true);
  } finally {
    await context.close();
    await database.db.update(events).set({ status: "draft" }).where(eq(events.slug, slug));
  }
});
