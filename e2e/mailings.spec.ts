import { and, eq, sql } from "drizzle-orm";
import { mailings, sessionSignups } from "@/db/schema";
import { insertRegistration } from "@/tests/support/fixtures";
import { MailingsPage } from "./pages/mailings-page";
import { createTestDialogue } from "./support/dialogues";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";

const texts = {
  en: { subject: "Practical note for {name}", body: "Dear {name},\n\nYour sessions:\n{sessions}\n\nYour page: {manageLink}" },
  es: { subject: "Nota práctica para {name}", body: "Estimada/o {name}:\n\nSus sesiones:\n{sessions}\n\nSu página: {manageLink}" },
  fr: { subject: "Note pratique pour {name}", body: "Bonjour {name},\n\nVos sessions :\n{sessions}\n\nVotre page : {manageLink}" },
};

test.describe("mailings", () => {
  test("a mailing to 3 of 5 registrants arrives in each one's language; sending twice is refused or asks first", async ({
    page,
    database,
    signIn,
    inbox,
  }) => {
    test.setTimeout(90_000);
    const { db } = database;
    // A draft dialogue of this test alone, whose session is the audience: other specs' registrants
    // never fall in it, and no public page of a seeded dialogue changes under the other specs.
    const { event, session, slug } = await createTestDialogue(db, "mailing", {
      event: { status: "draft" },
      capacity: null,
      sessionTitle: { en: "Test session", es: "Sesión de prueba" },
    });
    const dialogue = { dashboard: (section = "") => `/en/dashboard/events/${slug}${section ? `/${section}` : ""}` };
    const delegate = async (givenName: string, language: string, inSession: boolean) => {
      const email = uniqueEmail(`mailing.${givenName.toLowerCase()}`);
      const row = await insertRegistration(db, event.id, {
        givenName,
        familyName: "Mailing",
        email,
        preferredLanguage: language,
        locale: language,
      });
      if (inSession)
        await db
          .insert(sessionSignups)
          .values({ registrationId: row.id, sessionId: session.id, status: "confirmed", confirmedAt: new Date() });
      return email;
    };
    const lucia = await delegate("Lucía", "es", true);
    const amelie = await delegate("Amélie", "fr", true);
    const john = await delegate("John", "en", true);
    const outsiders = [await delegate("Joana", "pt", false), await delegate("Mateo", "es", false)];

    await signIn("organiser");
    const mailingsPage = new MailingsPage(page, dialogue);
    await mailingsPage.startNew();
    await expectNoAxeViolations(page);
    await mailingsPage.compose({ audience: { status: "confirmed", session: String(session.id) }, texts });
    await expect(mailingsPage.recipientCount(3)).toBeVisible();
    // One sample per language used, each with a real recipient's name.
    for (const name of ["Lucía Mailing", "Amélie Mailing", "John Mailing"]) await expect(page.getByText(name).first()).toBeVisible();
    await expectNoAxeViolations(page);

    // A second tab on the same preview: it will try to send the mailing again.
    const second = await page.context().newPage();
    await second.goto(page.url());
    const secondTab = new MailingsPage(second, dialogue);

    await mailingsPage.send(3);
    await mailingsPage.expectSent();
    await expect(page.getByRole("link", { name: "Practical note for {name}" })).toBeVisible();
    await expectNoAxeViolations(page);

    await secondTab.send(3);
    await expect(secondTab.notice("alreadySent")).toBeVisible();
    await second.close();

    const [es, fr, english] = await Promise.all([
      inbox.waitFor(lucia, { subject: /^Nota práctica para Lucía Mailing$/ }),
      inbox.waitFor(amelie, { subject: /^Note pratique pour Amélie Mailing$/ }),
      inbox.waitFor(john, { subject: /^Practical note for John Mailing$/ }),
    ]);
    expect(es.text).toContain("Sesión de prueba");
    expect(es.text).toMatch(/\/es\/manage\/[A-Za-z0-9_-]{20,}/);
    expect(fr.text).toMatch(/Bonjour Amélie Mailing/);
    expect(english.text).toMatch(/\/en\/manage\/[A-Za-z0-9_-]{20,}/);
    for (const address of outsiders) expect(await inbox.all(address)).toHaveLength(0);
    for (const address of [lucia, amelie, john]) expect(await inbox.all(address)).toHaveLength(1);

    // The same subject to the same audience again within a day: the organiser must confirm it.
    await mailingsPage.startNew();
    await mailingsPage.compose({ audience: { status: "confirmed", session: String(session.id) }, texts: { en: texts.en } });
    await mailingsPage.send(3);
    await expect(mailingsPage.notice("repeat")).toBeVisible();
    await mailingsPage.send(3, { confirmRepeat: true });
    await mailingsPage.expectSent();
    await inbox.waitFor(lucia, { subject: /^Practical note for Lucía Mailing$/ });
  });

  const badInputs: [string, { audience?: Record<string, string>; subject?: string; body?: string }, string][] = [
    ["an empty English subject", { subject: "" }, "required"],
    ["an unknown placeholder", { body: "Dear {nmae}," }, "unknownPlaceholder"],
    ["an audience of nobody", { audience: { status: "expired", checkedIn: "yes" } }, "noRecipients"],
  ];

  for (const [name, input, error] of badInputs) {
    test(`the compose form refuses ${name} with a field error and stores nothing`, async ({
      page,
      database,
      dialogues: { cartagena },
      signIn,
    }) => {
      // Other tests compose mailings at the same time: this one's are told apart by a marker in the body.
      const marker = `bad-input-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
      const stored = () =>
        database.db.$count(mailings, and(eq(mailings.eventId, cartagena.id), sql`${mailings.body}->>'en' like ${`%${marker}%`}`));
      await signIn("organiser");
      const mailingsPage = new MailingsPage(page, cartagena);
      await mailingsPage.startNew();
      await mailingsPage.compose({
        audience: input.audience ?? { status: "confirmed" },
        texts: { en: { subject: input.subject ?? "Hello {name}", body: `${input.body ?? "Dear {name},"} ${marker}` } },
      });
      await expect(mailingsPage.fieldError(error)).toBeVisible();
      await expect(page.getByRole("heading", { name: "New mailing", level: 1 })).toBeVisible();
      // The form with a field error is the same page for every bad input: axe on the first.
      if (name === badInputs[0]![0]) await expectNoAxeViolations(page);
      expect(await stored()).toBe(0);
    });
  }
});
