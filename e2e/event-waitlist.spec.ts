import { eq } from "drizzle-orm";
import { events } from "@/db/schema";
import { ManagePage } from "./pages/manage-page";
import { RegistrationPage } from "./pages/registration-page";
import { createTestDialogue } from "./support/dialogues";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { delegateContext, manageLink } from "./support/registration";

test("a full dialogue: the waiting list is open, the delegate learns their number, a cancellation offers them the place", async ({
  browser,
  database,
  inbox,
}) => {
  const { slug, event } = await createTestDialogue(database.db, "waitlist", {
    event: { status: "published", capacity: 1 },
    capacity: null,
  });
  const context = await delegateContext(browser);
  const page = await context.newPage();
  try {
    const form = new RegistrationPage(page, { slug });
    const first = { email: uniqueEmail("first"), givenName: "Rui", familyName: "Costa" };
    await form.goto();
    await expect(form.waitlistOpen).toBeHidden();
    await form.register(first);
    await form.expectSent();
    const held = await inbox.waitForKind(first.email, "confirmAddress");

    // The one place is held: the form stays open, and says that newcomers join the waiting list.
    await form.goto();
    await expect(form.waitlistOpen).toBeVisible();
    await expectNoAxeViolations(page);
    const second = { email: uniqueEmail("second"), givenName: "Ana", familyName: "Lima" };
    await form.register(second);
    await form.expectSent();
    const listed = await inbox.waitForKind(second.email, "joinedWaitlist", { event: event.title.en });
    expect(listed.text).toMatch(/number 1\b/);

    const manage = new ManagePage(page);
    await manage.goto(manageLink(listed));
    await expect(manage.status("waitlisted")).toBeVisible();
    await expect(manage.waitlistPlace(1)).toBeVisible();
    await expectNoAxeViolations(page);

    // The first delegate cancels: the place is offered to the second, with a link to confirm it.
    await manage.goto(manageLink(held));
    await manage.cancel();
    await expect(manage.done("cancelled")).toBeVisible();
    const offer = await inbox.waitForKind(second.email, "placeOffered", { event: event.title.en });
    await manage.goto(manageLink(offer));
    await manage.confirm();
    await expect(manage.status("confirmed")).toBeVisible();
  } finally {
    await context.close();
    await database.db.update(events).set({ status: "draft" }).where(eq(events.slug, slug));
  }
});
