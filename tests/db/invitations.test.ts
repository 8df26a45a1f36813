import { and, eq, like, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, type Event, emailOutbox, events, invitees, registrations } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { openSecrets } from "@/lib/email/sealed";
import { readInviteeFile } from "@/lib/invitations/import-file";
import { inviteeSchema } from "@/lib/invitations/invitee-schema";
import { addInvitee, importInvitees, listInvitees } from "@/lib/invitations/invitees";
import { sendInvitations, sendReminders } from "@/lib/invitations/send";
import { erasePersonalData } from "@/lib/privacy/erasure";
import { submitRegistration } from "@/lib/registration";
import type { TestDatabase } from "../support/databases";
import { eventBySlug } from "../support/fixtures";
import { formValues, SANTO_DOMINGO, seededBackends } from "../support/registration";
import { createActor } from "./dashboard-support";

// Two registrations racing with one link need two connections on PostgreSQL.
process.env.DB_POOL_SIZE = "10";

const HEADER = "name,email,organisation,preferred language,stakeholder group";
const csv = (...lines: string[]) => new File([[HEADER, ...lines].join("\r\n")], "list.csv", { type: "text/csv" });

async function xlsx(rows: string[][]): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Invitees");
  sheet.addRow(HEADER.split(","));
  for (const row of rows) sheet.addRow(row);
  return new File([await workbook.xlsx.writeBuffer()], "list.xlsx");
}

describe.each(seededBackends())("invitation lists on $name", (backend) => {
  let database: TestDatabase;
  let event: Event;
  let actor: { id: number; email: string };

  const inviteeCount = async () => {
    const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(invitees).where(eq(invitees.eventId, event.id));
    return row!.n;
  };
  const importFile = async (file: File) => {
    const read = await readInviteeFile(file);
    return read.ok ? importInvitees(database.db, actor, event.id, read.rows) : read;
  };
  /** The token of the newest invitation email to `to`, from its sealed links (as the sender reads it). */
  const tokenSentTo = async (to: string) => {
    const [mail] = await database.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.toAddress, to), like(emailOutbox.kind, "registration.invitation%")))
      .orderBy(sql`${emailOutbox.id} desc`)
      .limit(1);
    const link = openSecrets(mail!.sealedSecrets!).links[0]!;
    return { mail: mail!, link, token: new URL(link).searchParams.get("invitation")! };
  };

  beforeAll(async () => {
    database = await backend.create();
    event = await eventBySlug(database.db, SANTO_DOMINGO);
    actor = await createActor(database.db);
  });
  afterAll(async () => database?.dispose());

  it("imports nothing of a file with one bad row, and names the row and field", async () => {
    const result = await importFile(
      csv(
        "Ana Pérez,ana@example.org,MinTIC,es,government_lac_country",
        "Bruno Costa,bruno-at-example.org,,pt,",
        "Chloé Martin,chloe@example.org,,fr,",
      ),
    );
    expect(result).toEqual({ ok: false, errors: [{ row: 3, field: "email", error: "email" }] });
    expect(await inviteeCount()).toBe(0);
  });

  // The bad-input table: every bad file gives row errors, the list stays as it was, nothing throws.
  const bad: [string, () => File | Promise<File>, { row: number; field: string; error: string }][] = [
    ["missing name", () => csv(",x@example.org,,en,"), { row: 2, field: "name", error: "required" }],
    ["unknown language", () => csv("X Y,x@example.org,,de,"), { row: 2, field: "preferredLanguage", error: "unknownLanguage" }],
    ["unknown group", () => csv("X Y,x@example.org,,en,aliens"), { row: 2, field: "stakeholderGroup", error: "unknownGroup" }],
    [
      "duplicate in file",
      () => csv("X Y,x@example.org,,en,", "Z W,X@example.org,,en,"),
      { row: 3, field: "email", error: "duplicateInFile" },
    ],
    [
      "bad row in XLSX",
      () =>
        xlsx([
          ["Ok Name", "ok@example.org", "", "en", ""],
          ["No Mail", "", "", "en", ""],
        ]),
      { row: 3, field: "email", error: "required" },
    ],
    [
      "not UTF-8",
      () => new File([new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xc3])], "list.csv"),
      { row: 1, field: "file", error: "unreadable" },
    ],
    [
      "a ZIP that is no workbook",
      () => new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])], "list.xlsx"),
      { row: 1, field: "file", error: "unreadable" },
    ],
    ["no header", () => new File(["Ana,ana@example.org\n"], "list.csv"), { row: 1, field: "file", error: "missingColumns" }],
    ["empty", () => new File([""], "list.csv"), { row: 1, field: "file", error: "empty" }],
    ["too large", () => new File(["x".repeat(600 * 1024)], "list.csv"), { row: 1, field: "file", error: "tooLarge" }],
    [
      "a quote left open",
      () => new File([`${HEADER}\n"Ana,ana@example.org,,en,\n`], "list.csv"),
      { row: 1, field: "file", error: "unreadable" },
    ],
  ];
  it.each(bad)("refuses a file with %s", async (_case, file, error) => {
    const result = await importFile(await file());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual(error);
    expect(await inviteeCount()).toBe(0);
  });

  it("imports a good XLSX file (semicolon CSV too), then refuses addresses already invited", async () => {
    const result = await importFile(
      await xlsx([
        ["Ana Pérez", "ana@example.org", "MinTIC", "es", "government_lac_country"],
        ["Bruno Costa", "bruno@example.org", "", "PT", "Civil society"],
      ]),
    );
    expect(result).toEqual({ ok: true, count: 2 });
    const semicolons = new File([`name;email;organisation\nChloé Martin;chloe@example.org;ANSSI\n`], "list.csv");
    expect(await importFile(semicolons)).toEqual({ ok: true, count: 1 });
    expect(await importFile(csv("Ana Again,ANA+2@example.org,,en,"))).toEqual({
      ok: false,
      errors: [{ row: 2, field: "email", error: "alreadyInvited" }],
    });
    expect(
      await addInvitee(database.db, actor, event.id, inviteeSchema.parse({ name: "A", email: "ana@example.org", organisation: "" })),
    ).toBe("alreadyInvited");
    const list = await listInvitees(database.db, event.id);
    expect(list.map((i) => [i.email, i.preferredLanguage, i.stakeholderGroup, i.registered])).toEqual([
      ["ana@example.org", "es", "government_lac_country", false],
      ["bruno@example.org", "pt", "civil_society", false],
      ["chloe@example.org", "en", null, false],
    ]);
  });

  it("sends each invitee a personal link in their language, sealed in the outbox and stored only as a hash", async () => {
    expect(await sendInvitations(database.db, actor, event)).toBe(3);
    expect(await sendInvitations(database.db, actor, event)).toBe(0); // only those not invited yet
    const { mail, link, token } = await tokenSentTo("ana@example.org");
    expect(link).toContain(`/es/events/${SANTO_DOMINGO}/register?invitation=`);
    expect(mail.subject).toMatch(/^Invitación/);
    expect(mail.textBody).not.toContain(token);
    const stored = await database.db.select({ hash: invitees.tokenHash }).from(invitees);
    expect(stored.every((row) => row.hash && row.hash !== token && row.hash.length === 64)).toBe(true);
  });

  it("lets exactly one of two registrations racing with one link through", async () => {
    const { token } = await tokenSentTo("bruno@example.org");
    const attempt = (email: string) =>
      submitRegistration(database.db, formValues({ email, invitation: token }), { eventSlug: SANTO_DOMINGO, locale: "pt" });
    const results = await Promise.all([attempt("bruno@example.org"), attempt("someone.else@example.org")]);
    expect(results.map((r) => r.kind).sort()).toEqual(["invitationUsed", "registered"]);
    const [again] = [await attempt("third@example.org")];
    expect(again.kind).toBe("invitationUsed");
    const list = await listInvitees(database.db, event.id);
    expect(list.find((i) => i.email === "bruno@example.org")?.registered).toBe(true);
  });

  it("on an invite-only dialogue, refuses a registration without a valid link, in the transaction", async () => {
    await database.db.update(events).set({ inviteOnly: true }).where(eq(events.id, event.id));
    const before = await database.db.select({ id: registrations.id }).from(registrations);
    const register = (extra: Record<string, unknown>) =>
      submitRegistration(database.db, formValues(extra), { eventSlug: SANTO_DOMINGO, locale: "en" });
    expect((await register({})).kind).toBe("invitationRequired");
    expect((await register({ invitation: "x".repeat(43) })).kind).toBe("invitationUsed");
    expect((await register({ invitation: "not a token" })).kind).toBe("invitationRequired");
    expect(await database.db.select({ id: registrations.id }).from(registrations)).toHaveLength(before.length);
    const { token } = await tokenSentTo("chloe@example.org");
    expect((await register({ email: "chloe@example.org", invitation: token })).kind).toBe("registered");
  });

  it("reminds only invitees who have not registered, records it and audits it", async () => {
    expect(await sendReminders(database.db, actor, event)).toBe(1); // Ana; Bruno and Chloé registered
    const list = await listInvitees(database.db, event.id);
    expect(list.filter((i) => i.remindedAt).map((i) => i.email)).toEqual(["ana@example.org"]);
    const { mail } = await tokenSentTo("ana@example.org");
    expect(mail.kind).toBe("registration.invitationReminder");
    const audits = await database.db.select().from(auditLog).where(eq(auditLog.action, "invitee.remind"));
    expect(audits).toHaveLength(1);
  });

  it("erasing a person removes their invitee rows", async () => {
    const [chloe] = await database.db.select().from(registrations).where(eq(registrations.email, "chloe@example.org"));
    await inTransaction(database.db, (tx) => erasePersonalData(tx, [chloe!.id], new Date()));
    const left = await database.db.select({ email: invitees.email }).from(invitees);
    expect(left.map((r) => r.email).sort()).toEqual(["ana@example.org", "bruno@example.org"]);
  });
});
