import { eq } from "drizzle-orm";
import { registrations } from "@/db/schema";
import { ManagePage } from "./pages/manage-page";
import { RegistrationPage } from "./pages/registration-page";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { confirmByEmail, delegateContext, manageLink } from "./support/registration";

test("the personal link: change sessions, download my data, erase; a second registration only re-sends the link", async ({
  browser,
  database,
  dialogues: { cartagena },
  inbox,
}) => {
  test.setTimeout(90_000);
  const connectivityGaps = cartagena.sessions.connectivityGaps.title();
  const context = await delegateContext(browser);
  const page = await context.newPage();
  const email = uniqueEmail("manage");
  const form = new RegistrationPage(page, cartagena);
  await form.goto();
  await form.register({ email, givenName: "Marie", familyName: "Dubois" }, [cartagena.sessions.opening.title()]);
  await form.expectSent();
  const first = await confirmByEmail(page, email);
  await inbox.waitForKind(email, "confirmed");

  // The same address again: the same answer, nothing new stored, a fresh link by email.
  await form.goto();
  await form.register({ email, givenName: "Someone", familyName: "Else" });
  await form.expectSent();
  const fresh = await inbox.waitForKind(email, "manageLink");
  expect(await database.db.select().from(registrations).where(eq(registrations.email, email))).toHaveLength(1);
  // Someone else typing this address did not kill the delegate's link: both work until the new one is used.
  const manage = new ManagePage(page);
  await manage.goto(manageLink(first));
  await expect(manage.name("Marie")).toBeVisible();
  await manage.goto(manageLink(fresh));
  await expect(manage.name("Marie")).toBeVisible();
  await manage.goto(manageLink(first));
  await expect(manage.heading).toHaveText("This link does not work");

  await manage.goto(manageLink(fresh));
  await expect(manage.name("Marie")).toBeVisible();
  await page.getByText("Change my sessions").click();
  await page.getByRole("checkbox", { name: new RegExp(connectivityGaps) }).check();
  await page.getByRole("button", { name: "Save my sessions" }).click();
  await expect(manage.done("saved")).toBeVisible();
  await expect(page.getByRole("list").filter({ hasText: connectivityGaps })).toContainText("Seat confirmed");
  await expectNoAxeViolations(page);
  await inbox.waitForKind(email, "updated");

  const download = await page.request.get((await page.getByRole("link", { name: "Download my data (JSON)" }).getAttribute("href"))!);
  const data = (await download.json()) as { registration: { givenName: string; email: string }; sessions: unknown[] };
  expect(data.registration).toMatchObject({ givenName: "Marie", email });
  expect(data.sessions).toHaveLength(2);

  await page.getByRole("checkbox", { name: "Yes, erase my data" }).check();
  await page.getByRole("button", { name: "Erase my data" }).click();
  await expect(manage.done("erased")).toBeVisible();
  expect(await database.db.select().from(registrations).where(eq(registrations.email, email))).toHaveLength(0);
  await context.close();
});
