import { asc, eq } from "drizzle-orm";
import { events, sessions } from "@/db/schema";
import { DialoguePage } from "./pages/dialogue-page";
import { createTestDialogue } from "./support/dialogues";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";
import { en } from "./support/messages";

test("an administrator creates a dialogue in Lima as a draft, publishes it, and the home page lists it in four languages", async ({
  page,
  database,
  signIn,
}) => {
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
  // A draft is not public.
  expect((await page.request.get(`/en/events/${lima.slug}`)).status()).toBe(404);

  await dialogues.publish();
  for (const locale of ["en", "es", "pt", "fr"] as const) {
    await page.goto(`/${locale}`);
    await expect(page.getByText(lima.titles[locale]).first()).toBeVisible();
  }
  expect((await page.request.get(`/en/events/${lima.slug}`)).status()).toBe(200);
});

test("cloning a dialogue puts its sessions on the new dates at the same local time in the new zone", async ({ page, database, signIn }) => {
  // A one-day dialogue in Lisbon (UTC+1 in June) with a session at 10:00 local time.
  const { event, slug } = await createTestDialogue(database.db, "clone");
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
  await database.db.update(events).set({ status: "draft" }).where(eq(events.slug, copySlug));
});
