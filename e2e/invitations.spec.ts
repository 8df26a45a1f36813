import ExcelJS from "exceljs";
import { InvitationsPage } from "./pages/invitations-page";
import { RegistrationPage } from "./pages/registration-page";
import { createTestDialogue } from "./support/dialogues";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { message } from "./support/messages";

const HEADER = "name,email,organisation,preferred language,stakeholder group";

async function xlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Invitees");
  sheet.addRow(HEADER.split(","));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test.describe("invitation lists", () => {
  test("an organiser imports a list, sends invitations, and only the personal link registers for an invite-only dialogue", async ({
    page,
    browser,
    database,
    signIn,
    inbox,
  }) => {
    const dialogue = await createTestDialogue(database.db, "invitations", { event: { inviteOnly: true } });
    await signIn("organiser");
    const list = new InvitationsPage(page, dialogue.slug);
    await list.goto();
    await expect(list.heading).toBeVisible();
    await expectNoAxeViolations(page);

    // One bad row: nothing of the file is imported, and the row is named.
    const lucia = uniqueEmail("invitee-lucia");
    const marc = uniqueEmail("invitee-marc");
    await list.import("list.csv", Buffer.from([HEADER, `Lucía Quintero,${lucia},MinTIC,es,`, "Bad Row,not-an-address,,en,"].join("\n")));
    await expect(list.rowError(3, "email", "email")).toBeVisible();
    await expectNoAxeViolations(page);
    await list.goto();
    await expect(list.invitee("Lucía Quintero")).toHaveCount(0);

    // A good XLSX file: both rows imported.
    await list.import(
      "list.xlsx",
      await xlsx([
        ["Lucía Quintero", lucia, "MinTIC", "es", "government_lac_country"],
        ["Marc Dupont", marc, "ANSSI", "fr", "civil_society"],
      ]),
    );
    await list.expectNotice("2 invitees imported.");
    await expect(list.invitee("Lucía Quintero")).toBeVisible();
    await expect(list.invitee("Marc Dupont")).toBeVisible();
    await expectNoAxeViolations(page);

    await list.sendInvitations();
    await list.expectNotice("2 invitations sent.");

    // The invitation arrives in Lucía's language, with her personal link.
    const mail = await inbox.waitFor(lucia, { subject: /Invitación/ });
    const link = /https?:\/\/\S+\/register\?invitation=[\w-]+/.exec(mail.text)?.[0];
    expect(link, mail.text).toBeTruthy();
    const path = new URL(link!).pathname + new URL(link!).search;

    // A visitor without a link finds the invitation-only note and no form.
    const visitor = await browser.newPage();
    const form = new RegistrationPage(visitor, dialogue);
    await form.goto();
    await expect(visitor.getByText(message("en", "registration.invitation.onlyNote"))).toBeVisible();
    await expect(form.submitButton).toHaveCount(0);

    // The personal link opens a prefilled form (in Spanish) that registers.
    await visitor.goto(path);
    const invited = new RegistrationPage(visitor, dialogue, "es");
    await expect(invited.field("email")).toHaveValue(lucia);
    await expect(invited.field("givenName")).toHaveValue("Lucía");
    await expect(invited.field("organisation")).toHaveValue("MinTIC");
    await invited.field("position").fill("Asesora");
    await invited.field("country").selectOption("CO");
    await visitor.getByLabel(message("es", "registration.fields.represents")).fill("Colombia");
    await invited.acceptPrivacy();
    await invited.submit();
    await invited.expectSent();

    // A second use of the link is refused with a clear message.
    await visitor.goto(path);
    await expect(visitor.getByText(message("es", "registration.messages.invitationUsed"))).toBeVisible();
    await visitor.close();

    await list.goto();
    await expect(list.invitee("Lucía Quintero").getByRole("cell", { name: "Yes", exact: true })).toBeVisible();
    await expect(list.invitee("Marc Dupont").getByRole("cell", { name: "No", exact: true })).toBeVisible();
  });
});
