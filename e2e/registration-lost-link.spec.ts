import { insertRegistration } from "@/tests/support/fixtures";
import { ManagePage } from "./pages/manage-page";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { delegateContext, manageLink } from "./support/registration";

test("a delegate who lost their link gets a new one; an unknown address gets the same answer", async ({
  browser,
  database,
  dialogues: { cartagena },
  inbox,
}) => {
  const email = uniqueEmail("lost");
  await insertRegistration(database.db, cartagena.id, {
    email,
    givenName: "Lucía",
    familyName: "Pérez",
    status: "confirmed",
    locale: "en",
    preferredLanguage: "en",
  });
  const context = await delegateContext(browser);
  const page = await context.newPage();
  const manage = new ManagePage(page);

  await manage.gotoLostLink();
  await expectNoAxeViolations(page);
  await manage.requestLink(email.toUpperCase());
  await expect(manage.linkSent).toBeVisible();

  const mail = await inbox.waitForKind(email, "manageLink", { event: cartagena.title() });
  await manage.goto(manageLink(mail));
  await expect(manage.heading).toHaveText(manage.title(cartagena.title()));

  // Nobody registered with this address: the very same page, and no email.
  const unknown = uniqueEmail("nobody");
  await manage.gotoLostLink();
  await manage.requestLink(unknown);
  await expect(manage.linkSent).toBeVisible();
  await expect(inbox.waitFor(unknown, { timeoutMs: 4000 })).rejects.toThrow(/No email/);
  await context.close();
});
