import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, checkIns, type Event, emailOutbox, mailings, registrations, sessionSignups } from "@/db/schema";
import { openOutboxEmail } from "@/lib/email/sender";
import { countAudience } from "@/lib/mailings/audience";
import { composeMailingSchema } from "@/lib/mailings/compose-schema";
import { saveMailingDraft, sendMailing } from "@/lib/mailings/mailings";
import type { TestDatabase } from "../support/databases";
import { eventBySlug, insertRegistration } from "../support/fixtures";
import { CARTAGENA, seededBackends } from "../support/registration";
import { createActor, createSession } from "./dashboard-support";

process.env.DB_POOL_SIZE = "10";

let keys = 0;
const compose = (overrides: Record<string, string> = {}) =>
  composeMailingSchema.parse({
    key: `test-key-${Date.now()}-${++keys}`,
    subjectEn: "Practical information for {name}",
    bodyEn: "Dear {name},\n\nYour sessions:\n{sessions}\n\nYour page: {manageLink}",
    subjectEs: "Información práctica para {name}",
    bodyEs: "Estimada/o {name}:\n\nSus sesiones:\n{sessions}\n\nSu página: {manageLink}",
    ...overrides,
  });

describe.each(seededBackends())("mailings on $name", (backend) => {
  let database: TestDatabase;
  let event: Event;
  let actor: { id: number; email: string };
  const people: Record<string, number> = {};

  beforeAll(async () => {
    database = await backend.create();
    const db = database.db;
    event = await eventBySlug(db, CARTAGENA);
    actor = await createActor(db);
    const session = await createSession(db, event, null);
    const add = async (name: string, values: Parameters<typeof insertRegistration>[2]) => {
      people[name] = (await insertRegistration(db, event.id, { givenName: name, ...values })).id;
    };
    await add("Ana", { preferredLanguage: "es", locale: "es", countryCode: "CO" });
    await add("Bernd", { preferredLanguage: "en", locale: "en", countryCode: "DE", stakeholderGroup: "private_sector" });
    await add("Carla", { preferredLanguage: "pt", locale: "pt", countryCode: "BR", status: "pending" });
    await add("Didier", { preferredLanguage: "fr", locale: "fr", countryCode: "FR", status: "cancelled", cancelledAt: new Date() });
    await add("Erased", { countryCode: "CO", erasedAt: new Date() });
    await add("Yuki", { preferredLanguage: "en", locale: "en", countryCode: "JP" });
    await db
      .insert(sessionSignups)
      .values({ registrationId: people.Ana!, sessionId: session.id, status: "confirmed", confirmedAt: new Date() });
    await db.insert(checkIns).values({ registrationId: people.Bernd!, day: event.startDate });
    people.session = session.id;
  });
  afterAll(async () => database?.dispose());

  it("selects the audience by the table's filters, region and attendance, never erased or inactive ones", async () => {
    const count = (audience: Record<string, unknown>) => countAudience(database.db, event.id, audience);
    const seeded = await count({});
    expect(seeded).toBeGreaterThanOrEqual(4); // Ana, Bernd, Carla, Yuki and whatever the seed holds
    expect(await count({ status: "cancelled", country: "FR" })).toBe(1); // Didier, only when asked for
    expect(await count({ country: "CO", status: "confirmed" })).toBe(1); // Ana; the erased one is out
    expect(await count({ region: "eu" })).toBe(1); // Bernd (Didier is cancelled)
    expect(await count({ region: "lac", status: "pending" })).toBe(1); // Carla
    expect(await count({ region: "other" })).toBe(1); // Yuki
    expect(await count({ checkedIn: "yes" })).toBe(1); // Bernd
    expect(await count({ checkedIn: "no" })).toBe(seeded - 1);
    expect(await count({ session: people.session })).toBe(1); // Ana
    expect(await count({ group: "private_sector" })).toBe(1); // Bernd
  });

  it("stores nothing for an audience of nobody, and one draft per compose form however often it is posted", async () => {
    const before = await database.db.$count(mailings);
    expect(await saveMailingDraft(database.db, actor, event.id, compose({ country: "AQ" }))).toEqual({ status: "noRecipients" });
    expect(await database.db.$count(mailings)).toBe(before);
    const form = compose({ region: "other" });
    const first = await saveMailingDraft(database.db, actor, event.id, form);
    const again = await saveMailingDraft(database.db, actor, event.id, { ...form, subjectEn: "Changed {name}" });
    expect(first.status).toBe("saved");
    expect(again).toEqual(first);
    expect(await database.db.$count(mailings)).toBe(before + 1);
  });

  it("sends once, in each recipient's language, spread out, with a working personal link", async () => {
    const draft = await saveMailingDraft(database.db, actor, event.id, compose({ status: "confirmed", region: "lac" }));
    if (draft.status !== "saved") throw new Error("no draft");
    const target = await countAudience(database.db, event.id, { status: "confirmed", region: "lac" });
    expect(await sendMailing(database.db, actor, event, { id: draft.id, confirmCount: target + 1, confirmRepeat: false })).toEqual({
      status: "countMismatch",
      count: target,
    });
    // Two sends at once (two tabs, a replayed post): one goes, the other is refused.
    const results = await Promise.all(
      [0, 1].map(() => sendMailing(database.db, actor, event, { id: draft.id, confirmCount: target, confirmRepeat: false })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["alreadySent", "sent"]);
    const rows = await database.db
      .select()
      .from(emailOutbox)
      .where(like(emailOutbox.dedupeKey, `mailing:${draft.id}:%`))
      .orderBy(emailOutbox.nextAttemptAt);
    expect(rows).toHaveLength(target);
    const ana = rows.find((row) => row.registrationId === people.Ana)!;
    expect(ana.subject).toBe("Información práctica para Ana Pérez");
    expect(ana.textBody).toMatch(/• Sesión de prueba — .*09:00 GMT-5 \(Room T\)/); // times in the dialogue's zone
    expect(ana.textBody).not.toMatch(/\/manage\/[A-Za-z0-9_-]{20,}/); // the link is sealed at rest
    const opened = await openOutboxEmail(ana);
    const token = opened.textBody.match(/\/es\/manage\/([A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeTruthy();
    const [registration] = await database.db.select().from(registrations).where(eq(registrations.id, people.Ana!));
    expect(registration!.pendingManageTokenHash).not.toBeNull();
    // MAILING_RATE_PER_MINUTE (60 by default): a second apart.
    if (rows.length > 1) expect(rows[1]!.nextAttemptAt.getTime() - rows[0]!.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(999);
    const [mailing] = await database.db.select().from(mailings).where(eq(mailings.id, draft.id));
    expect(mailing).toMatchObject({ status: "sent", recipientCount: target, sentById: actor.id });
    expect(await database.db.$count(auditLog, and(eq(auditLog.action, "mailing.send"), eq(auditLog.entityId, String(draft.id))))).toBe(1);
    // The same compose form posted again after sending makes no new draft.
    const replay = await saveMailingDraft(database.db, actor, event.id, {
      ...compose(),
      key: mailing!.idempotencyKey,
      status: "confirmed",
    });
    expect(replay).toEqual({ status: "alreadySent", id: draft.id });
  });

  it("falls back to English for a language the mailing has no text in", async () => {
    const draft = await saveMailingDraft(database.db, actor, event.id, compose({ status: "pending", country: "BR" }));
    if (draft.status !== "saved") throw new Error("no draft");
    expect((await sendMailing(database.db, actor, event, { id: draft.id, confirmCount: 1, confirmRepeat: false })).status).toBe("sent");
    const [row] = await database.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.dedupeKey, `mailing:${draft.id}:${people.Carla}`));
    expect(row!.subject).toBe("Practical information for Carla Pérez");
    expect(row!.htmlBody).toContain('lang="en"');
  });

  it("asks before the same subject goes to the same audience again within a day", async () => {
    const send = async (confirmRepeat: boolean) => {
      const draft = await saveMailingDraft(database.db, actor, event.id, compose({ region: "eu" }));
      if (draft.status !== "saved") throw new Error("no draft");
      return sendMailing(database.db, actor, event, { id: draft.id, confirmCount: 1, confirmRepeat });
    };
    expect((await send(false)).status).toBe("sent");
    expect((await send(false)).status).toBe("repeat");
    expect((await send(true)).status).toBe("sent");
  });

  it("sends nothing when everyone left the audience after the preview", async () => {
    const draft = await saveMailingDraft(database.db, actor, event.id, compose({ country: "JP" }));
    if (draft.status !== "saved") throw new Error("no draft");
    await database.db.update(registrations).set({ status: "cancelled", cancelledAt: new Date() }).where(eq(registrations.id, people.Yuki!));
    expect(await sendMailing(database.db, actor, event, { id: draft.id, confirmCount: 1, confirmRepeat: false })).toEqual({
      status: "noRecipients",
    });
    const [mailing] = await database.db.select().from(mailings).where(eq(mailings.id, draft.id));
    expect(mailing!.status).toBe("draft");
  });
});
