import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { delegations, registrations, uploads } from "@/db/schema";
import { insertRegistration } from "@/tests/support/fixtures";
import { DelegationsPage } from "./pages/delegations-page";
import { createTestDialogue } from "./support/dialogues";
import { expect, expectNoAxeViolations, test, uniqueEmail } from "./support/fixtures";

const sha256 = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
const tokenIn = (text: string) => /\/es\/delegations\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];

test("an organiser creates a delegation, its focal point gets the link, the link is revoked and reissued, the delegation approved", async ({
  page,
  database,
  signIn,
  inbox,
}) => {
  const { db } = database;
  // Approval required: the members the focal point registers wait for the organisers.
  const dialogue = await createTestDialogue(db, "delegations", { event: { requiresApproval: true } });
  await signIn("organiser");
  const list = new DelegationsPage(page, dialogue.slug);
  await list.goto();
  await expect(list.heading).toBeVisible();
  await expectNoAxeViolations(page);

  const name = "Colombia — Ministerio TIC";
  const focalEmail = uniqueEmail("focal-point");
  // 18:00 in Lisbon (the dialogue's zone) in June is 17:00 UTC.
  await list.create({ name, country: "CO", quota: 3, focalName: "Ana Gómez", focalEmail, language: "es", deadline: "2030-06-01T18:00" });
  await list.expectMessage(page, "messages.created");
  await expect(list.row(name)).toContainText("0 / 3");
  const [created] = await db.select().from(delegations).where(eq(delegations.eventId, dialogue.event.id));
  expect(created!.deadline.toISOString()).toBe("2030-06-01T17:00:00.000Z");

  // The focal point's email, in Spanish, carries the secret link; only its hash is stored.
  const first = tokenIn((await inbox.waitFor(focalEmail, { subject: /delegación/ })).text);
  expect(first).toBeTruthy();
  expect(created!.tokenHash).toBe(sha256(first!));

  // Two members awaiting approval (the focal point's page is another feature), one of them the head, and a letter.
  const head = await insertRegistration(db, dialogue.event.id, { delegationId: created!.id, status: "pending", headOfDelegation: true });
  const member = await insertRegistration(db, dialogue.event.id, { delegationId: created!.id, status: "pending", givenName: "Luis" });
  const letter = Buffer.from("%PDF-1.7\n% nota verbal\n");
  const [upload] = await db
    .insert(uploads)
    .values({
      eventId: dialogue.event.id,
      kind: "letter",
      contentType: "application/pdf",
      size: letter.length,
      content: letter,
      downloadName: "letter-e2e.pdf",
    })
    .returning();
  await db.update(delegations).set({ placesUsed: 2, letterUploadId: upload!.id }).where(eq(delegations.id, created!.id));
  await list.goto();
  await expect(list.row(name)).toContainText("2 / 3");
  await expect(list.row(name)).toContainText(`${head.givenName} ${head.familyName}`);
  const download = await page.request.get(`/en/dashboard/events/${dialogue.slug}/delegations/${created!.id}/letter`);
  expect(download.status()).toBe(200);
  expect(download.headers()).toMatchObject({
    "content-type": "application/pdf",
    "content-disposition": 'attachment; filename="letter-e2e.pdf"',
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  });
  expect(Buffer.compare(await download.body(), letter)).toBe(0);

  // The quota never drops below the places used.
  await list.setQuota(name, 1);
  await list.expectMessage(list.section(name), "errors.belowPlacesUsed");

  // Revoked: the link is dead. Reissued: a new email with a new link, the old one stays dead.
  await list.press(name, "revoke");
  await list.expectMessage(list.section(name), "messages.revoked");
  expect((await db.select().from(delegations).where(eq(delegations.id, created!.id)))[0]!.tokenHash).toBeNull();
  await list.press(name, "reissue");
  await list.expectMessage(list.section(name), "messages.reissued");
  await expect.poll(async () => (await inbox.all(focalEmail)).length).toBe(2);
  const second = tokenIn((await inbox.all(focalEmail)).map((mail) => mail.text ?? "").find((text) => !text.includes(first!)) ?? "");
  expect(second).toBeTruthy();
  expect((await db.select().from(delegations).where(eq(delegations.id, created!.id)))[0]!.tokenHash).toBe(sha256(second!));

  // Approved as a whole: both members confirmed.
  await list.press(name, "approve");
  await list.expectMessage(list.section(name), "messages.approved");
  const statuses = await db.select({ status: registrations.status }).from(registrations).where(eq(registrations.delegationId, created!.id));
  expect(statuses.map((r) => r.status)).toEqual(["confirmed", "confirmed"]);
  await list.goto();
  await expect(list.row(name)).toContainText(/Approved on/);
  await expect(list.section(name).getByRole("row").filter({ hasText: member.givenName })).toContainText("Confirmed");
  await expectNoAxeViolations(page);
});
