import { asc, eq } from "drizzle-orm";
import { events, registrationQuestions, sessions } from "@/db/schema";
import { DialoguePage } from "./pages/dialogue-page";
import { ProgrammeEditorPage } from "./pages/programme-editor-page";
import { QuestionsPage } from "./pages/questions-page";
import { RegistrationPage } from "./pages/registration-page";
import { createTestDialogue } from "./support/dialogues";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";
import { en, message } from "./support/messages";
import { exportedRegistrations } from "./support/xlsx";

const dashboardOf = (slug: string) => ({ dashboard: (section = "") => `/en/dashboard/events/${slug}${section ? `/${section}` : ""}` });

test("an administrator creates a dialogue on AI in Lima with a theme, a session and a question, previews the draft, publishes it; a delegate's answer is in the XLSX export", async ({
  page,
  request,
  database,
  signIn,
}) => {
  test.slow(); // the whole journey, through a dozen pages
  const suffix = Date.now().toString(36);
  const lima = {
    slug: `ai-dialogue-lima-${suffix}`,
    titles: {
      en: `Dialogue on Artificial Intelligence ${suffix}`,
      es: `Diálogo sobre Inteligencia Artificial ${suffix}`,
      pt: `Diálogo sobre Inteligência Artificial ${suffix}`,
      fr: `Dialogue sur l’intelligence artificielle ${suffix}`,
    },
    city: "Lima",
    countryCode: "PE",
    venue: "Centro de Convenciones de Lima, Av. Arqueología 206",
    timeZone: "America/Lima",
    startsOn: "2027-03-10",
    endsOn: "2027-03-11",
  };
  await signIn("admin");
  const dialogues = new DialoguePage(page);
  await dialogues.openNew();
  await expectNoAxeViolations(page);

  // Ending before it starts is refused in words, on the field, and nothing is created.
  await dialogues.fill({ ...lima, endsOn: "2027-03-09" });
  await dialogues.create();
  await expect(dialogues.errorOf(en("dialogues.endDate"))).toHaveText(en("dialogues.validation.endBeforeStart"));
  expect(await database.db.select().from(events).where(eq(events.slug, lima.slug))).toHaveLength(0);

  await dialogues.fill(lima);
  await dialogues.create();
  await expect(page.getByText(en("dialogues.created"))).toBeVisible();
  await expect(dialogues.heading(en("dialogues.detailsTitle"))).toBeVisible();
  await expectNoAxeViolations(page);
  const [draft] = await database.db.select().from(events).where(eq(events.slug, lima.slug));
  expect(draft).toMatchObject({ status: "draft", timeZone: "America/Lima", city: "Lima", startDate: "2027-03-10" });

  // Its programme and its own question, while still a draft.
  const programme = new ProgrammeEditorPage(page, lima.slug);
  const theme = { name: { en: "Trustworthy AI", es: "IA confiable" }, slug: "trustworthy-ai" };
  await programme.addTheme(theme);
  const opening = { en: `Opening: AI for people ${suffix}`, es: `Apertura: IA para las personas ${suffix}` };
  await programme.addSession({
    title: opening,
    slug: "opening",
    theme: theme.name.en,
    room: "Sala Lima",
    day: "2027-03-10",
    start: "09:30",
    end: "11:00",
  });
  const question = `Sector you work in ${suffix}`;
  const editor = new QuestionsPage(page, dashboardOf(lima.slug));
  await editor.goto();
  await editor.add({ kind: "single_choice", label: question, options: ["Government", "Academia", "Industry"] });
  await editor.expectSaved();

  // Organisers preview the draft; the public still gets 404, and the preview never reaches the page cache.
  await dialogues.gotoDetails(lima.slug);
  await dialogues.preview();
  await expect(page.getByRole("heading", { level: 1, name: lima.titles.en })).toBeVisible();
  await expect(page.getByText(theme.name.en)).toBeVisible();
  await expectNoAxeViolations(page);
  const previewed = await page.request.get(`/en/preview/${lima.slug}/schedule`);
  expect(previewed.status()).toBe(200);
  expect(previewed.headers()["cache-control"]).toMatch(/private|no-store/);
  await page.goto(`/en/preview/${lima.slug}/schedule`);
  await expect(dialogues.previewBanner).toBeVisible();
  await expect(page.getByText(opening.en)).toBeVisible();
  await expectNoAxeViolations(page);
  for (const path of ["", "/schedule"]) {
    expect((await page.request.get(`/en/events/${lima.slug}${path}`)).status()).toBe(404);
    expect((await request.get(`/en/events/${lima.slug}${path}`)).status()).toBe(404);
  }

  await dialogues.gotoDetails(lima.slug);
  await dialogues.publish();
  for (const locale of ["en", "es", "pt", "fr"] as const) {
    await page.goto(`/${locale}`);
    await expect(page.getByRole("article", { name: lima.titles[locale] })).toBeVisible();
  }
  expect((await page.request.get(`/en/events/${lima.slug}`)).status()).toBe(200);
  // Once published, the preview address sends organisers to the public page.
  await page.goto(`/en/preview/${lima.slug}`);
  await expect(page).toHaveURL(new RegExp(`/en/events/${lima.slug}$`));

  const form = new RegistrationPage(page, { slug: lima.slug });
  await form.goto();
  const delegate = { email: uniqueEmail("lima"), givenName: "Rosa", familyName: "Huamán" };
  await form.fill(delegate);
  await form.question(question).selectOption({ label: "Academia" });
  await form.chooseSessions(opening.en);
  await form.acceptPrivacy();
  await form.submit();
  await form.expectSent();

  const rows = await exportedRegistrations(page.request, lima.slug, delegate.email);
  expect(rows).toHaveLength(1);
  expect(rows[0]![question]).toBe("Academia");
  // Leave the home page as other specs expect it.
  await database.db.update(events).set({ status: "draft" }).where(eq(events.slug, lima.slug));
});

test("cloning a dialogue puts its sessions on the new dates at the same local time in the new zone, with its questions", async ({
  page,
  database,
  signIn,
}) => {
  // A one-day dialogue in Lisbon (UTC+1 in June) with a session at 10:00 local time, and a question.
  const { event, slug } = await createTestDialogue(database.db, "clone");
  const label = `Dietary preference ${slug}`;
  await database.db.insert(registrationQuestions).values({ eventId: event.id, kind: "short_text", label: { en: label }, position: 0 });
  await signIn("organiser");
  const dialogues = new DialoguePage(page);
  await dialogues.gotoDetails(slug);
  const copySlug = `${slug}-lima`;
  await dialogues.clone(copySlug, "2025-03-03", "America/Lima");
  await expect(page).toHaveURL(new RegExp(`/dashboard/events/${copySlug}/details`));
  const [copy] = await database.db.select().from(events).where(eq(events.slug, copySlug));
  expect(copy).toMatchObject({ status: "draft", timeZone: "America/Lima", startDate: "2025-03-03", endDate: "2025-03-03" });
  const copied = await database.db.select().from(sessions).where(eq(sessions.eventId, copy!.id)).orderBy(asc(sessions.id));
  // 10:00 in Lima (UTC−5) is 15:00 UTC.
  expect(copied.map((s) => s.startsAt.toISOString())).toEqual(["2025-03-03T15:00:00.000Z"]);
  expect(copied[0]!.seatsTaken).toBe(0);
  expect(event.id).not.toBe(copy!.id);
  // What organisers see: the copy's schedule (previewed, as it is a draft) at 10:00, and the question on its form.
  await page.goto(`/en/preview/${copySlug}/schedule`);
  await expect(page.locator("time", { hasText: "10:00" }).first()).toBeVisible();
  await new QuestionsPage(page, dashboardOf(copySlug)).goto();
  await expect(page.getByRole("link", { name: label })).toBeVisible();
});

test("an archived dialogue is read-only in the dashboard, refused on the server, listed under past dialogues and closed to registration", async ({
  page,
  database,
  signIn,
}) => {
  // A title of its own: other tests (and a retry of this one) leave archived dialogues on the home page too.
  const title = `Archived dialogue ${Date.now().toString(36)}`;
  const { event, slug } = await createTestDialogue(database.db, "archive", { event: { capacity: 40, title: { en: title } } });
  await signIn("organiser");
  const dialogues = new DialoguePage(page);
  await page.goto(dashboardOf(slug).dashboard("settings"));
  const save = page.getByRole("button", { name: en("eventSettings.save") });
  await expect(save).toBeEnabled();
  // Archived by someone else (another tab, through the app) while this form was open: the post is
  // refused in words, nothing saved.
  const other = await page.context().newPage();
  await other.goto(dashboardOf(slug).dashboard("details"));
  await other.getByRole("button", { name: en("dialogues.archive") }).click();
  await expect(other.getByRole("button", { name: en("dialogues.publish") })).toBeVisible();
  await other.close();
  expect((await database.db.select().from(events).where(eq(events.id, event.id)))[0]!.status).toBe("archived");
  await page.getByRole("spinbutton", { name: en("eventSettings.capacity") }).fill("41");
  await save.click();
  await expect(page.getByText(en("eventSettings.messages.archived"))).toBeVisible();
  const [after] = await database.db.select().from(events).where(eq(events.id, event.id));
  expect(after!.capacity).toBe(40);

  for (const section of ["settings", "themes", "sessions/new", "questions", "details"]) {
    await page.goto(dashboardOf(slug).dashboard(section));
    await expect(dialogues.archivedNotice).toBeVisible();
    // The form's own button, inside the disabled fieldset.
    await expect(page.locator("fieldset.read-only").getByRole("button").first()).toBeDisabled();
  }
  await expectNoAxeViolations(page);
  // Publishing again and cloning stay possible from the details page.
  await expect(page.getByRole("button", { name: en("dialogues.publish") })).toBeEnabled();
  await expect(page.getByRole("button", { name: en("dialogues.clone"), exact: true })).toBeEnabled();

  await page.goto("/en");
  const past = page.getByRole("region", { name: en("home.pastHeading") });
  const card = past.getByRole("article", { name: title });
  await expect(card).toBeVisible();
  await expect(card.getByText(en("home.registrationClosed"))).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/en/events/${slug}/register`);
  await expect(page.getByText(message("en", "registration.messages.closed"))).toBeVisible();
  await expect(new RegistrationPage(page, { slug }).submitButton).toHaveCount(0);
  await database.db.update(events).set({ status: "draft" }).where(eq(events.id, event.id));
});
