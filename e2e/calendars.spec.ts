import { checkCalendar } from "../tests/support/icalendar";
import { SchedulePage } from "./pages/schedule-page";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { delegateContext, registerConfirmed } from "./support/registration";

test("a delegate's sessions have one UID in the public programme, the personal calendar and the emailed file", async ({
  browser,
  dialogues: { cartagena },
}) => {
  test.setTimeout(60_000);
  const context = await delegateContext(browser);
  const page = await context.newPage();
  const email = uniqueEmail("calendars");
  const opening = cartagena.sessions.opening.title();
  const connectivityGaps = cartagena.sessions.connectivityGaps.title();
  const { confirmation: mail, link } = await registerConfirmed(page, cartagena, { email, givenName: "Inês", familyName: "Gonçalves" }, [
    opening,
    connectivityGaps,
  ]);

  // The personal calendar, as the manage page offers it.
  await page.goto(link);
  const personalDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Add my sessions to my calendar (.ics)" }).click();
  const personal = checkCalendar(await (await personalDownload).createReadStream().then(readAll));
  expect(personal.problems).toEqual([]);
  expect(personal.entries.map((e) => e.summary).sort()).toEqual([
    expect.stringContaining(connectivityGaps),
    expect.stringContaining(opening),
  ]);

  // The public programme, as the schedule page offers it.
  const schedule = new SchedulePage(page, cartagena);
  await schedule.goto();
  const publicDownload = schedule.downloadProgramme();
  const programme = checkCalendar(await (await publicDownload).createReadStream().then(readAll));
  expect(programme.problems).toEqual([]);

  const attachment = mail.attachments.find((a) => a.filename?.endsWith(".ics"))!;
  const emailed = checkCalendar(attachment.content.toString("utf8"));
  expect(emailed.problems).toEqual([]);

  for (const entry of [...personal.entries, ...emailed.entries]) {
    // Under one UID, the same session: importing both files keeps one entry per session.
    const inProgramme = programme.entries.filter((e) => e.uid === entry.uid);
    expect(inProgramme, entry.summary).toHaveLength(1);
    expect(entry).toEqual(inProgramme[0]);
    expect(entry.uid).toMatch(/^session-\d+@127\.0\.0\.1$/);
  }
  expect(emailed.entries.map((e) => e.uid).sort()).toEqual(personal.entries.map((e) => e.uid).sort());
  await context.close();
});

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}
