import { eq } from "drizzle-orm";
import { events, sessions } from "@/db/schema";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { delegateContext, fillDelegate } from "./support/registration";

const english = {
  givenName: "Given name(s)",
  familyName: "Family name(s)",
  email: "Email address",
  phone: "Phone (optional)",
  organisation: "Organisation",
  position: "Position",
  group: "Stakeholder group",
  country: "Country",
  represents: "Whom you represent",
};

test("the cached schedule's seat count follows a registration without an organiser's edit", async ({ browser, request, database }) => {
  // A dialogue of its own, so no other test's registrations move its count.
  const slug = `seats-dialogue-${Date.now().toString(36)}`;
  const [event] = await database.db
    .insert(events)
    .values({
      slug,
      title: { en: "Seats dialogue" },
      summary: { en: "A dialogue with one small workshop." },
      venue: { en: "Hall" },
      city: "Lisboa",
      countryCode: "PT",
      timeZone: "Europe/Lisbon",
      startDate: "2024-06-10",
      endDate: "2024-06-10",
    })
    .returning({ id: events.id });
  await database.db.insert(sessions).values({
    eventId: event!.id,
    slug: "small-workshop",
    title: { en: "Small workshop" },
    description: { en: "Three seats." },
    kind: "workshop",
    room: "Room 1",
    startsAt: new Date("2024-06-10T09:00:00Z"),
    endsAt: new Date("2024-06-10T10:00:00Z"),
    capacity: 3,
  });
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

    // The page is refreshed in the background: one more request may still get the old copy.
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
