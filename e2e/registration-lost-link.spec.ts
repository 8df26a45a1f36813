import { eq } from "drizzle-orm";
import { events } from "@/db/schema";
import { insertRegistration } from "@/tests/support/fixtures";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { waitForMail } from "./support/mailbox";
import { CARTAGENA, delegateContext, manageLink } from "./support/registration";

test("a delegate who lost their link gets a new one; an unknown address gets the same answer", async ({ browser, database }) => {
  const [event] = await database.db.select().from(events).where(eq(events.slug, CARTAGENA));
  const email = uniqueEmail("lost");
  await insertRegistration(database.db, event!.id, {
    email,
    givenName: "Lucía",
    familyName: "Pérez",
    status: "confirmed",
    locale: "en",
    preferredLanguage: "en",
  });
  const context = await delegateContext(browser);
  const page = await context.newPage();
  const sentText = "If this address has a registration, a new link is on its way. Check your inbox.";

  await page.goto("/en/manage");
  await expectNoAxeViolations(page);
  await page.getByLabel("Email address").fill(email.toUpperCase());
  await page.getByRole("button", { name: "Send me my link" }).click();
  await expect(page.getByText(sentText)).toBeVisible();

  const mail = await waitForMail(email, { subject: /^Your personal link: EU-LAC Digital Alliance Days$/ });
  await page.goto(manageLink(mail));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your registration: EU-LAC Digital Alliance Days");

  // Nobody registered with this address: the very same page, and no email.
  const unknown = uniqueEmail("nobody");
  await page.goto("/en/manage");
  await page.getByLabel("Email address").fill(unknown);
  await page.getByRole("button", { name: "Send me my link" }).click();
  await expect(page.getByText(sentText)).toBeVisible();
  await expect(waitForMail(unknown, { timeoutMs: 4000 })).rejects.toThrow(/No email/);
  await context.close();
});
