import { eq } from "drizzle-orm";
import { events } from "@/db/schema";
import { RegistrationPage } from "./pages/registration-page";
import { createTestDialogue } from "./support/dialogues";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { subjectOf, waitForMail } from "./support/mailbox";
import { en } from "./support/messages";
import { confirmByEmail, delegateContext } from "./support/registration";

const PRIVATE_LINK = "https://meet.example.org/hybrid-private-4be1";
const PRIVATE_HOST = "meet.example.org";

test("hybrid: only a confirmed remote delegate gets the private link (page, calendar, email); following it counts as a remote join", async ({
  browser,
  database,
  page,
  signIn,
}) => {
  const { slug } = await createTestDialogue(database.db, "hybrid", {
    event: { status: "published", participationMode: "hybrid", remoteLink: PRIVATE_LINK, streamUrl: "https://stream.example.org/live" },
    capacity: null,
  });
  const context = await delegateContext(browser);
  const delegatePage = await context.newPage();
  try {
    // A hybrid dialogue asks how the delegate takes part, and refuses a form without the choice.
    const form = new RegistrationPage(delegatePage, { slug });
    await form.goto();
    const remoteChoice = delegatePage.getByRole("radio", { name: en("hybrid.choices.remote") });
    await expect(remoteChoice).toBeVisible();
    await expectNoAxeViolations(delegatePage);
    const remote = { email: uniqueEmail("remote"), givenName: "Rita", familyName: "Remota" };
    await form.fill(remote);
    await form.acceptPrivacy();
    await form.submit();
    await expect(delegatePage.getByText(en("registration.errors.choose")).first()).toBeVisible();
    await remoteChoice.check();
    await form.submit();
    await form.expectSent();
    const remoteAsk = await confirmByEmail(delegatePage, remote.email);
    expect(remoteAsk.text).not.toContain(PRIVATE_HOST);
    const confirmation = await waitForMail(remote.email, { subject: subjectOf("confirmed") });
    expect(confirmation.text).toContain(PRIVATE_LINK);

    // The manage page: a tracked link (never the private one itself), and the calendar carries it.
    const join = delegatePage.getByRole("link", { name: en("hybrid.join") });
    await expect(join).toBeVisible();
    expect(await join.getAttribute("href")).toMatch(/\/en\/manage\/[\w-]+\/join$/);
    expect(await delegatePage.content()).not.toContain(PRIVATE_HOST);
    await expectNoAxeViolations(delegatePage);
    const calendarHref = await delegatePage.getByRole("link", { name: en("registration.manage.downloadCalendar") }).getAttribute("href");
    const calendar = await delegatePage.request.get(calendarHref!);
    expect((await calendar.text()).replace(/\r\n[ \t]/g, "")).toContain(PRIVATE_LINK);

    // Following the tracked link: recorded, then 303 to the private conference.
    const followed = await delegatePage.request.get((await join.getAttribute("href"))!, { maxRedirects: 0 });
    expect(followed.status()).toBe(303);
    expect(followed.headers().location).toBe(PRIVATE_LINK);

    // An in-person delegate: no link on their page, in their calendar or their email.
    const inPerson = { email: uniqueEmail("room"), givenName: "Iris", familyName: "Presente" };
    await form.goto();
    await form.fill(inPerson);
    await delegatePage.getByRole("radio", { name: en("hybrid.choices.in_person") }).check();
    await form.acceptPrivacy();
    await form.submit();
    await form.expectSent();
    await confirmByEmail(delegatePage, inPerson.email);
    const roomConfirmation = await waitForMail(inPerson.email, { subject: subjectOf("confirmed") });
    expect(roomConfirmation.text).not.toContain(PRIVATE_HOST);
    await expect(delegatePage.getByRole("link", { name: en("hybrid.join") })).toHaveCount(0);
    expect(await delegatePage.content()).not.toContain(PRIVATE_HOST);
    const roomCalendarHref = await delegatePage
      .getByRole("link", { name: en("registration.manage.downloadCalendar") })
      .getAttribute("href");
    expect(await (await delegatePage.request.get(roomCalendarHref!)).text()).not.toContain(PRIVATE_HOST);
    const roomJoin = await delegatePage.request.get(`${new URL(delegatePage.url()).pathname}/join`, { maxRedirects: 0 });
    expect(roomJoin.status()).toBe(404);

    // The public pages and files: the stream stays, the private link never appears.
    for (const path of ["", "/schedule", "/register", "/programme.json", "/programme.ics", "/sessions/small-workshop"]) {
      const response = await delegatePage.request.get(`/en/events/${slug}${path}`);
      expect(response.status(), path).toBe(200);
      expect(await response.text(), path).not.toContain(PRIVATE_HOST);
    }

    // The attendance page counts the remote join apart from door check-ins.
    await signIn("organiser");
    await page.goto(`/en/dashboard/events/${slug}/attendance`);
    const remoteSection = page.getByTestId("remote-attendance");
    await expect(remoteSection.getByRole("heading", { name: en("hybrid.attendanceHeading") })).toBeVisible();
    await expect(remoteSection.locator("[data-remote-delegates='1']")).toBeVisible();
    await expectNoAxeViolations(page);
  } finally {
    await context.close();
    await database.db.update(events).set({ status: "draft" }).where(eq(events.slug, slug));
  }
});
