import { eq } from "drizzle-orm";
import { registrations } from "@/db/schema";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { waitForMail } from "./support/mailbox";
import { CARTAGENA, confirmByEmail, delegateContext, fillDelegate, english as labels, manageLink } from "./support/registration";

test("the personal link: change sessions, download my data, erase; a second registration only re-sends the link", async ({
  browser,
  database,
}) => {
  test.setTimeout(90_000);
  const context = await delegateContext(browser);
  const page = await context.newPage();
  const email = uniqueEmail("manage");
  await page.goto(`/en/events/${CARTAGENA}/register`);
  await fillDelegate(page, { email, givenName: "Marie", familyName: "Dubois" }, labels);
  await page.getByRole("checkbox", { name: /Opening plenary/ }).check();
  await page.getByRole("checkbox", { name: /I have read the privacy notice/ }).check();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
  const first = await confirmByEmail(page, email);
  await waitForMail(email, { subject: /^Registration confirmed/ });

  // The same address again: the same answer, nothing new stored, a fresh link by email.
  await page.goto(`/en/events/${CARTAGENA}/register`);
  await fillDelegate(page, { email, givenName: "Someone", familyName: "Else" }, labels);
  await page.getByRole("checkbox", { name: /I have read the privacy notice/ }).check();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
  const fresh = await waitForMail(email, { subject: /^Your personal link/ });
  expect(await database.db.select().from(registrations).where(eq(registrations.email, email))).toHaveLength(1);
  // Someone else typing this address did not kill the delegate's link: both work until the new one is used.
  await page.goto(manageLink(first));
  await expect(page.getByText("Marie", { exact: true })).toBeVisible();
  await page.goto(manageLink(fresh));
  await expect(page.getByText("Marie", { exact: true })).toBeVisible();
  await page.goto(manageLink(first));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");

  await page.goto(manageLink(fresh));
  await expect(page.getByText("Marie", { exact: true })).toBeVisible();
  await page.getByText("Change my sessions").click();
  await page.getByRole("checkbox", { name: /Closing connectivity gaps/ }).check();
  await page.getByRole("button", { name: "Save my sessions" }).click();
  await expect(page.getByText("Your sessions have been saved.")).toBeVisible();
  await expect(page.getByRole("list").filter({ hasText: "Closing connectivity gaps" })).toContainText("Seat confirmed");
  await expectNoAxeViolations(page);
  await waitForMail(email, { subject: /^Your sessions have changed/ });

  const download = await page.request.get((await page.getByRole("link", { name: "Download my data (JSON)" }).getAttribute("href"))!);
  const data = (await download.json()) as { registration: { givenName: string; email: string }; sessions: unknown[] };
  expect(data.registration).toMatchObject({ givenName: "Marie", email });
  expect(data.sessions).toHaveLength(2);

  await page.getByRole("checkbox", { name: "Yes, erase my data" }).check();
  await page.getByRole("button", { name: "Erase my data" }).click();
  await expect(page.getByText("Your data has been erased.")).toBeVisible();
  expect(await database.db.select().from(registrations).where(eq(registrations.email, email))).toHaveLength(0);
  await context.close();
});
