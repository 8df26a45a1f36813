import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { events, sessions } from "@/db/schema";
import { programmeJsonSchema } from "@/lib/programme/json";
import { SchedulePage } from "./pages/schedule-page";
import { expect, test } from "./support/fixtures";
import { en } from "./support/messages";
import { expectedProgramme, setServerClock } from "./support/programme";
import { locales, seeded, seededDialogues } from "./support/seeded";

test.describe("times in the viewer's zone", () => {
  // A delegate in Madrid: both dialogues fall in Central European winter time (UTC+1).
  test.use({ timezoneId: "Europe/Madrid" });

  for (const dialogue of seededDialogues) {
    const slug = dialogue.slug;
    for (const locale of locales) {
      test(`${slug} in ${locale}: the switch shows times in the viewer's zone`, async ({ page, database }) => {
        const expected = await expectedProgramme(database, slug, locale);
        const offsetHours = dialogue === seeded.cartagena ? 6 : 5; // Bogotá UTC−5, Santo Domingo UTC−4
        const opening = expected.sessions[0]!;
        // Hydration must match the server HTML: React reports mismatches as console errors.
        const errors: string[] = [];
        page.on("console", (message) => {
          if (message.type() === "error") errors.push(message.text());
        });
        page.on("pageerror", (error) => errors.push(error.message));
        const schedule = new SchedulePage(page, dialogue, locale);
        await schedule.goto();
        const card = schedule.session(opening.title);
        await expect(card.locator("time")).toContainText("09:00–10:30");
        await schedule.showTimesIn("viewer");
        await expect(schedule.zoneButton("viewer")).toHaveAttribute("aria-pressed", "true");
        await expect(card.locator("time")).toContainText(`${String(9 + offsetHours).padStart(2, "0")}:00–${String(10 + offsetHours)}:30`);
        await expect(card.locator("time")).toContainText("UTC+01:00");
        await expect(page.locator(".zone-note")).toContainText("(UTC+01:00)");
        // The choice holds on the next page; back to the event's zone restores the times.
        await page.reload();
        await expect(card.locator("time")).toContainText(`${9 + offsetHours}:00`);
        await schedule.showTimesIn("event");
        await expect(card.locator("time")).toContainText("09:00–10:30");
        expect(errors).toEqual([]);
      });
    }
  }
});

test.describe("live streams and exports", () => {
  // These move the server's clock: one at a time, and back to real time afterwards.
  test.describe.configure({ mode: "serial" });
  test.afterAll(async ({ request }) => setServerClock(request, null));

  for (const dialogue of seededDialogues) {
    const slug = dialogue.slug;
    test(`${slug}: a session streaming now shows as live on the cached pages, with its link`, async ({ page, request, database }) => {
      const expected = await expectedProgramme(database, slug, "fr");
      const streamed = expected.sessions.find((s) => s.streamUrl)!;
      // Render (and cache) the pages at the real time, when the dialogue is long over.
      await page.goto(`/fr/events/${slug}/schedule`);
      await page.goto(`/fr/events/${slug}`);
      await setServerClock(request, new Date(streamed.startsAt.getTime() + 10 * 60_000).toISOString());

      await page.goto(`/fr/events/${slug}`);
      const live = page.locator("section[aria-labelledby='live-heading']");
      await expect(live.getByRole("link", { name: streamed.title, exact: true })).toBeVisible();
      await expect(live.locator(`a[href="${streamed.streamUrl}"]`)).toBeVisible();

      await page.goto(`/fr/events/${slug}/schedule`);
      const card = page.getByRole("article", { name: streamed.title, exact: true });
      await expect(card.locator("[data-stream-status]")).toHaveAttribute("data-stream-status", "live");
      await expect(card.getByText("En direct", { exact: true })).toBeVisible();
      await expect(card.getByRole("link", { name: /Regarder en direct/ })).toHaveAttribute("href", streamed.streamUrl!);
      // Sessions that finished before it are ended, later ones upcoming.
      const later = expected.sessions.find((s) => s.streamUrl && s.startsAt > streamed.endsAt)!;
      await expect(page.getByRole("article", { name: later.title, exact: true }).locator("[data-stream-status]")).toHaveAttribute(
        "data-stream-status",
        "upcoming",
      );
      await setServerClock(request, null);
    });

    test(`${slug}: the downloaded calendar parses to the sessions' instants`, async ({ page, database }) => {
      const expected = await expectedProgramme(database, slug, "es");
      const schedule = new SchedulePage(page, dialogue, "es");
      await schedule.goto();
      const file = await (await schedule.downloadProgramme()).path();
      const calendar = new ICAL.Component(ICAL.parse(await readFile(file, "utf8")));
      const entries = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
      expect(entries).toHaveLength(expected.sessions.length);
      for (const session of expected.sessions) {
        // One UID per session in every file: session-<id>@<APP_URL host>.
        const entry = entries.find((e) => e.uid === `session-${session.id}@${new URL(page.url()).hostname}`)!;
        expect(entry.summary).toContain(session.title);
        expect(entry.startDate.toJSDate().toISOString()).toBe(session.startsAt.toISOString());
        expect(entry.endDate.toJSDate().toISOString()).toBe(session.endsAt.toISOString());
        if (session.streamUrl) expect(entry.description).toContain(session.streamUrl);
      }

      const one = expected.sessions.find((s) => s.streamUrl)!;
      await page.goto(`/es/events/${slug}/sessions/${one.slug}`);
      const single = page.waitForEvent("download");
      await page.getByRole("link", { name: "Añadir a mi calendario (.ics)" }).click();
      const parsed = new ICAL.Component(ICAL.parse(await readFile(await (await single).path(), "utf8")));
      const event = new ICAL.Event(parsed.getFirstSubcomponent("vevent")!);
      expect(event.startDate.toJSDate().toISOString()).toBe(one.startsAt.toISOString());
      // The entry's URL is the session page; the stream link is in the description.
      expect(String(event.component.getFirstPropertyValue("url"))).toBe(page.url());
      expect(event.description).toContain(one.streamUrl);
    });

    test(`${slug}: the programme JSON has the documented shape`, async ({ request, database }) => {
      const expected = await expectedProgramme(database, slug, "en");
      const response = await request.get(`/pt/events/${slug}/programme.json`);
      expect(response.headers()["content-type"]).toContain("application/json");
      const json = programmeJsonSchema.parse(await response.json());
      expect(json.sessions.map((s) => s.slug).sort()).toEqual(expected.sessions.map((s) => s.slug).sort());
    });
  }

  test("an organiser's change reaches the cached pages once the event is revalidated", async ({ page, request, database }) => {
    const dialogue = seeded.santoDomingo;
    const slug = dialogue.slug;
    const exercise = dialogue.sessions.crisisExercise;
    const [session] = await database.db.select().from(sessions).where(eq(sessions.slug, exercise.slug));
    const filtered = new SchedulePage(page, dialogue).path({ day: exercise.day });
    const sessionPage = dialogue.page("en", `/sessions/${exercise.slug}`);
    const revalidate = async () => expect((await request.post("/api/test/revalidate", { data: { slug } })).ok()).toBe(true);
    // Both pages are rendered and cached before the change (the server's cache outlives a run).
    await revalidate();
    await page.goto(filtered);
    await page.goto(sessionPage);
    await expect(page.getByText(`${session!.room},`)).toBeVisible();
    try {
      await database.db.update(sessions).set({ room: "Room 9 (moved)" }).where(eq(sessions.id, session!.id));
      await revalidate();
      await page.goto(sessionPage);
      await expect(page.getByText("Room 9 (moved),")).toBeVisible();
      await page.goto(filtered);
      await expect(page.getByRole("article", { name: exercise.title(), exact: true })).toContainText("Room 9 (moved)");
    } finally {
      await database.db.update(sessions).set({ room: session!.room }).where(eq(sessions.id, session!.id));
      await revalidate();
      // Leave the caches holding the restored programme.
      await page.goto(filtered);
      await page.goto(sessionPage);
    }
  });

  test("the register button follows the organisers' switch and the registration window", async ({ page, request, database }) => {
    // A dialogue of its own, so no other test sees its registration close.
    const slug = `closed-dialogue-${Date.now().toString(36)}`;
    const revalidate = async () => expect((await request.post("/api/test/revalidate", { data: { slug } })).ok()).toBe(true);
    await database.db.insert(events).values({
      slug,
      title: { en: "Closed dialogue" },
      summary: { en: "A dialogue whose registration window has passed." },
      venue: { en: "Hall" },
      city: "Bruxelles",
      countryCode: "BE",
      timeZone: "Europe/Brussels",
      startDate: "2024-06-10",
      endDate: "2024-06-11",
      registrationOpen: true,
      registrationClosesAt: new Date("2024-05-01T00:00:00Z"),
    });
    try {
      await revalidate();
      await page.goto(`/en/events/${slug}`);
      await expect(page.getByText(en("event.registrationClosed"))).toBeVisible();
      await expect(page.locator(`a[href="/en/events/${slug}/register"]`)).toHaveCount(0);

      await database.db
        .update(events)
        .set({ registrationClosesAt: null, registrationOpensAt: new Date("2099-01-15T09:00:00Z") })
        .where(eq(events.slug, slug));
      await revalidate();
      await page.goto(`/es/events/${slug}`);
      await expect(page.getByText(/La inscripción se abre el 15 de enero de 2099/)).toBeVisible();
      await expect(page.locator(`a[href="/es/events/${slug}/register"]`)).toHaveCount(0);

      await database.db.update(events).set({ registrationOpensAt: null }).where(eq(events.slug, slug));
      await revalidate();
      await page.goto(`/fr/events/${slug}`);
      await expect(page.locator(`a[href="/fr/events/${slug}/register"]`)).toHaveText("S'inscrire");
    } finally {
      await database.db.delete(events).where(eq(events.slug, slug));
      await revalidate();
    }
  });
});
