import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { checkIns, events, sessions } from "@/db/schema";
import { insertRegistration } from "@/tests/support/fixtures";
import { CheckinDeskPage } from "./pages/checkin-desk-page";
import { createTestDialogue } from "./support/dialogues";
import { expect, expectNoAxeViolations, test } from "./support/fixtures";
import { en } from "./support/messages";

test("a session's door: a delegate not signed up is refused, then admitted anyway once the session allows walk-ins", async ({
  page,
  database,
  signIn,
}) => {
  test.setTimeout(90_000);
  const db = database.db;
  const { event, session, slug } = await createTestDialogue(db, "walk-ins", { sessionTitle: { en: "Small workshop", es: "Taller" } });
  const delegate = await insertRegistration(db, event.id, { givenName: "Walter", familyName: "Inman", organisation: "Anatel" });
  const name = "Walter Inman";
  await signIn("organiser");
  const desk = new CheckinDeskPage(page, { dashboard: (section = "") => `/en/dashboard/events/${slug}/${section}` });

  await desk.goto(session.id);
  await desk.checkIn(delegate.checkInToken);
  await expect(desk.notSignedUp(name)).toBeVisible();
  await expect(page.getByText(en("checkin.noWalkIns"))).toBeVisible();
  expect(await db.$count(checkIns, eq(checkIns.registrationId, delegate.id))).toBe(0);

  // The organiser allows walk-ins in the session form.
  await page.goto(`/en/dashboard/events/${slug}/sessions/${session.id}`);
  await page.getByLabel(en("sessionsAdmin.form.walkIns")).check();
  await page.getByRole("button", { name: en("sessionsAdmin.form.save") }).click();
  await expect(page.getByText(/^The session is saved\./)).toBeVisible();
  expect((await db.select({ walkIns: sessions.walkIns }).from(sessions).where(eq(sessions.id, session.id)))[0]!.walkIns).toBe(true);

  await desk.goto(session.id);
  await desk.checkIn(delegate.checkInToken);
  await expect(desk.notSignedUp(name)).toBeVisible();
  await expectNoAxeViolations(page);
  await desk.admitAnyway(name);
  await expect(desk.admitted(name, "Anatel")).toBeVisible();
  const [row] = await db.select().from(checkIns).where(eq(checkIns.registrationId, delegate.id));
  expect(row).toMatchObject({ sessionId: session.id, admittedWithoutSignup: true });

  await page.goto(`/en/dashboard/events/${slug}/attendance`);
  await expect(page.locator(`tr[data-session-id="${session.id}"]`).getByTestId("admitted-without-signup")).toHaveText("1");
});

test("the sync answers bad bodies with 400 and refuses an archived dialogue's scans; its roster stays readable", async ({
  page,
  database,
  signIn,
  baseURL,
}) => {
  const db = database.db;
  const { event, slug } = await createTestDialogue(db, "sync-archived");
  const delegate = await insertRegistration(db, event.id);
  await signIn("checkin");
  const post = (data: string) =>
    page.request.post(`/api/checkin/${slug}/sync`, { data, headers: { Origin: baseURL!, "Content-Type": "application/json" } });
  for (const bad of ["{", "[]", '{"deviceId":"door","scans":[{"id":"x"}]}', JSON.stringify({ deviceId: "\u0000", scans: [] })]) {
    expect((await post(bad)).status(), bad).toBe(400);
  }
  const scan = { id: randomUUID(), registrationId: delegate.id, sessionId: null, scannedAt: new Date().toISOString() };
  await db.update(events).set({ status: "archived" }).where(eq(events.id, event.id));
  expect((await post(JSON.stringify({ deviceId: "door", scans: [scan] }))).status()).toBe(409);
  expect(await db.$count(checkIns, eq(checkIns.registrationId, delegate.id))).toBe(0);
  const roster = await page.request.get(`/api/checkin/${slug}/roster`);
  expect(roster.status()).toBe(200);
  expect((await roster.json()).registrations.map((r: { id: number }) => r.id)).toEqual([delegate.id]);
});
