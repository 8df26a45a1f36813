import { and, eq } from "drizzle-orm";
import { sessionSignups, sessions } from "@/db/schema";
import { insertRegistration } from "@/tests/support/fixtures";
import { SchedulePage } from "./pages/schedule-page";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";
import { en } from "./support/messages";

test("an organiser creates a session, cannot cut capacity below the confirmed seats by accident, then deletes it", async ({
  page,
  database,
  dialogues: { cartagena },
  signIn,
}) => {
  // Three pages, each with an accessibility scan: close to the default 45 s on a busy 2-core machine.
  test.setTimeout(90_000);
  const db = database.db;
  const event = cartagena;
  const key = `e2e-${Date.now().toString(36)}`;
  await signIn("organiser");

  await page.goto(cartagena.dashboard("sessions"));
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "New session" }).click();
  await expect(page.getByRole("heading", { name: "New session" })).toBeVisible();
  await expectNoAxeViolations(page);
  const english = page.getByRole("group", { name: "English" });
  const spanish = page.getByRole("group", { name: "Spanish" });
  await english.getByLabel("Title").fill(`AI sandboxes ${key}`);
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(spanish.getByLabel("Title")).toBeFocused();
  await spanish.getByLabel("Title").fill("Entornos de prueba de IA en la práctica");
  await page.getByLabel("Web address name").fill(key);
  await page.getByLabel("Room", { exact: true }).fill("Room E2E");
  await page.getByLabel("Starts (event time)").fill("16:00");
  await page.getByLabel("Ends (event time)").fill("17:00");
  await page.getByRole("spinbutton", { name: "Capacity" }).fill("2");
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(page.getByText("The session is saved.")).toBeVisible();

  // The public programme (cached) shows it at once: saving revalidates the event's pages.
  const schedule = await page.context().newPage();
  await new SchedulePage(schedule, cartagena, "es").goto();
  await expect(schedule.getByText("Entornos de prueba de IA en la práctica")).toBeVisible();
  const [created] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.eventId, event.id), eq(sessions.slug, key)));
  expect(created).toMatchObject({ capacity: 2, title: { en: `AI sandboxes ${key}`, es: "Entornos de prueba de IA en la práctica" } });
  // Two delegates hold the two seats.
  for (const n of [1, 2]) {
    const delegate = await insertRegistration(db, event.id, { givenName: `Seat${n}` });
    await db
      .insert(sessionSignups)
      .values({ registrationId: delegate.id, sessionId: created!.id, status: "confirmed", confirmedAt: new Date(Date.now() + n) });
  }
  await db.update(sessions).set({ seatsTaken: 2 }).where(eq(sessions.id, created!.id));

  await page.getByRole("link", { name: `AI sandboxes ${key}` }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("spinbutton", { name: "Capacity" }).fill("1");
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(page.getByText("The capacity was not changed: 2 seats are confirmed.")).toBeVisible();
  await expect(page.getByRole("spinbutton", { name: "Capacity" })).toBeFocused();
  await page.getByLabel(/move the most recently confirmed delegates/).check();
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(page.getByText("1 delegate was moved to the waiting list.")).toBeVisible();
  const [after] = await db.select().from(sessions).where(eq(sessions.id, created!.id));
  expect(after).toMatchObject({ capacity: 1, seatsTaken: 1 });

  await page.getByRole("link", { name: `AI sandboxes ${key}` }).click();
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("2 delegates are signed up.")).toBeVisible();
  await page.getByLabel("Cancel the 2 sign-ups and email the delegates").check();
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("The session is deleted. 2 sign-ups were cancelled and the delegates informed.")).toBeVisible();
  expect(await db.$count(sessions, eq(sessions.id, created!.id))).toBe(0);
  await schedule.reload();
  await expect(schedule.getByText("Entornos de prueba de IA en la práctica")).toHaveCount(0);
});

test("the themes page is accessible and names the event's term", async ({ page, dialogues: { santoDomingo }, signIn }) => {
  await signIn("organiser");
  await page.goto(santoDomingo.dashboard("themes"));
  await expect(page.getByRole("heading", { name: en("dashboard.nav.pillars"), level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});
