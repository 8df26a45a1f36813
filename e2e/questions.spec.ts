import { QuestionsPage } from "./pages/questions-page";
import { RegistrationPage } from "./pages/registration-page";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { exportedRegistrations } from "./support/xlsx";

test.describe("registration questions", () => {
  test("an organiser adds a question, a delegate answers it, the answer is in the XLSX export", async ({
    page,
    dialogues: { cartagena },
    signIn,
  }) => {
    const label = `Arriving in ${Date.now().toString(36)}`;
    await signIn("organiser");
    const editor = new QuestionsPage(page, cartagena);
    await editor.goto();
    await expect(editor.heading).toBeVisible();
    await expectNoAxeViolations(page);

    // A refused post: a field error, nothing added.
    await editor.add({ kind: "single_choice", label: "", options: ["Bogotá", "Cartagena"] });
    await expect(editor.labelError).toBeVisible();
    await expectNoAxeViolations(page);
    await expect(page.getByRole("link", { name: label })).toHaveCount(0);

    // Optional: registrations of other specs on this dialogue need not answer it.
    await editor.add({ kind: "single_choice", label, options: ["Bogotá", "Cartagena"] });
    await editor.expectSaved();
    await expect(page.getByRole("link", { name: label })).toBeVisible();

    const form = new RegistrationPage(page, cartagena);
    await form.goto();
    const delegate = { email: uniqueEmail("question"), givenName: "Lucía", familyName: "Quintero" };
    await form.fill(delegate);
    await form.question(label).selectOption({ label: "Cartagena" });
    await form.acceptPrivacy();
    await form.submit();
    await form.expectSent();

    const rows = await exportedRegistrations(page.request, cartagena.slug, delegate.email);
    expect(rows).toHaveLength(1);
    expect(rows[0]![label]).toBe("Cartagena");

    await editor.goto();
    await editor.remove(label);
  });
});
