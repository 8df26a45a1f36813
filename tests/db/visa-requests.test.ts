import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, emailOutbox, events, users, visaRequests } from "@/db/schema";
import { attendance, searchDelegates } from "@/lib/dashboard/checkin";
import { attendanceTable, registrationsTable, sessionListsTable } from "@/lib/dashboard/exports";
import { parseRegistrationFilters } from "@/lib/dashboard/registration-filters";
import { registrationDetail } from "@/lib/dashboard/registrations";
import { toCsv } from "@/lib/dashboard/spreadsheet";
import { deliverDueEmails, openOutboxEmail } from "@/lib/email/sender";
import { eraseRegistration, exportRegistrationData, submitRegistration } from "@/lib/registration";
import { applyRetention } from "@/lib/registration/retention";
import { emailVisaLetter, issuedLetterPdf, issueVisaLetter } from "@/lib/visa/issue";
import { saveLetterhead } from "@/lib/visa/letterhead";
import { VisaDataForbidden, visaRequestOfRegistration, visaRequestsOfEvent } from "@/lib/visa/requests";
import { purgeVisaRequests } from "@/lib/visa/retention";
import { withdrawVisaRequest } from "@/lib/visa/withdraw";
import type { TestDatabase } from "../support/databases";
import { readPdf } from "../support/pdf";
import { CARTAGENA, confirmAddress, formValues, seededBackends } from "../support/registration";

/** A passport number nobody else uses, so a dump can be searched for it. */
const passport = () => `ZX${randomBytes(4).toString("hex").toUpperCase()}`;
const visaFields = (passportNumber: string, overrides: Record<string, unknown> = {}) => ({
  visaRequested: "on",
  visaConsent: "on",
  passportNumber,
  nationality: "co",
  dateOfBirth: "1985-04-12",
  passportExpiry: "2031-01-31",
  ...overrides,
});

async function account(db: Database, role: "admin" | "organiser" | "checkin") {
  const [user] = await db
    .insert(users)
    .values({ email: `${role}.${randomBytes(4).toString("hex")}@example.org`, name: role, role, passwordHash: "x" })
    .returning();
  return { id: user!.id, email: user!.email, name: user!.name, role, locale: "en" };
}

async function register(db: Database, extra: Record<string, unknown>, names: Record<string, string> = {}) {
  return submitRegistration(db, formValues({ ...names, ...extra }), { eventSlug: CARTAGENA, locale: "en" });
}

/** Registers a delegate who asked for a letter; returns the registration id. */
async function withRequest(db: Database, passportNumber: string, names: Record<string, string> = {}) {
  const result = await register(db, visaFields(passportNumber), names);
  if (result.kind !== "registered") throw new Error(`not registered: ${JSON.stringify(result)}`);
  return result.registrationId;
}

describe.each(seededBackends())("visa invitation letters on $name", (backend) => {
  let database: TestDatabase;
  let eventId: number;
  beforeAll(async () => {
    database = await backend.create();
    const [event] = await database.db.select().from(events).where(eq(events.slug, CARTAGENA));
    eventId = event!.id;
  });
  afterAll(async () => database?.dispose());

  it("stores passport data only with the section's consent, checked on the server", async () => {
    const db = database.db;
    const refused = await register(db, visaFields(passport(), { visaConsent: undefined }));
    expect(refused).toMatchObject({ kind: "invalid", errors: { visaConsent: ["visaConsentRequired"] } });
    const bad = await register(db, visaFields("AB<script>", { dateOfBirth: "1850-01-01", nationality: "XX" }));
    expect(bad).toMatchObject({
      kind: "invalid",
      errors: { passportNumber: ["passportNumber"], dateOfBirth: ["dateOfBirth"], nationality: ["choose"] },
    });
    // Cartagena ended on 2023-11-29: a passport that lapses before then is no use for a visa.
    const lapsing = await register(db, visaFields(passport(), { passportExpiry: "2023-11-20" }));
    expect(lapsing.kind).toBe("invalid");
    const before = await db.select().from(visaRequests);
    // Fields typed but the section not asked for and no consent: refused, nothing kept.
    expect((await register(db, { passportNumber: passport() })).kind).toBe("invalid");
    // No section at all: an ordinary registration, no row.
    expect((await register(db, {})).kind).toBe("registered");
    expect(await db.select().from(visaRequests)).toHaveLength(before.length);

    const number = passport();
    const id = await withRequest(db, `${number.slice(0, 3)} ${number.slice(3).toLowerCase()}`);
    const [row] = await db.select().from(visaRequests).where(eq(visaRequests.registrationId, id));
    expect(row).toMatchObject({ passportNumber: number, nationality: "CO", dateOfBirth: "1985-04-12", passportExpiry: "2031-01-31" });
    expect(row!.consentAt).toBeInstanceOf(Date);
  });

  it("lets administrators alone read requests", async () => {
    const db = database.db;
    const id = await withRequest(db, passport());
    const admin = await account(db, "admin");
    expect((await visaRequestsOfEvent(db, admin, eventId)).some((r) => r.registrationId === id)).toBe(true);
    expect(await visaRequestOfRegistration(db, admin, eventId, id)).not.toBeNull();
    for (const role of ["organiser", "checkin"] as const) {
      const user = await account(db, role);
      await expect(visaRequestsOfEvent(db, user, eventId)).rejects.toBeInstanceOf(VisaDataForbidden);
      await expect(visaRequestOfRegistration(db, user, eventId, id)).rejects.toBeInstanceOf(VisaDataForbidden);
      await expect(
        issueVisaLetter(db, user, (await db.select().from(events).where(eq(events.id, eventId)))[0]!, id),
      ).rejects.toBeInstanceOf(VisaDataForbidden);
    }
  });

  it("issues the letter in the delegate's language: audited without the passport number, emailed as a PDF drawn at send time", async () => {
    const db = database.db;
    const [event] = await db.select().from(events).where(eq(events.id, eventId));
    const number = passport();
    const id = await withRequest(db, number, { givenName: "José", familyName: "Núñez", preferredLanguage: "es" });
    const admin = await account(db, "admin");
    expect(await issueVisaLetter(db, admin, event!, id)).toEqual({ ok: false, reason: "noLetterhead" });
    expect(await emailVisaLetter(db, admin, event!, id)).toEqual({ ok: false, reason: "notIssued" });
    const png = await sharp({ create: { width: 240, height: 80, channels: 3, background: "#003366" } })
      .png()
      .toBuffer();
    const logo = new File([new Uint8Array(png)], "logo.png");
    const letterhead = { issuingBody: "Ministerio TIC de Colombia", signatoryName: "Lucía Peña", signatoryTitle: "Viceministra", logo };
    expect(await saveLetterhead(db, admin, eventId, letterhead)).toEqual({ ok: true });
    expect(await issueVisaLetter(db, admin, event!, id)).toEqual({ ok: true });

    const [row] = await db.select().from(visaRequests).where(eq(visaRequests.registrationId, id));
    expect(row).toMatchObject({ letterIssuedById: admin.id });
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, "visa.letter.issued"));
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(number);

    const pdf = await issuedLetterPdf(db, admin, event!, id);
    const read = await readPdf(pdf!.bytes);
    expect(read).toMatchObject({ language: "es", tagged: true, pages: 1 });
    expect(read.title).toContain("José Núñez");
    expect(read.text).toContain(number);
    expect(read.text).toContain("Lucía Peña");
    expect(pdf!.bytes.toString("latin1")).toContain("/Subtype /Image");

    expect(await emailVisaLetter(db, admin, event!, id)).toEqual({ ok: true });
    const [queued] = await db.select().from(emailOutbox).where(eq(emailOutbox.kind, "visa.letter"));
    // The row keeps no passport number in the clear; the sender draws the PDF.
    expect(JSON.stringify(queued)).not.toContain(number);
    const outgoing = await openOutboxEmail(queued!);
    const attached = outgoing.attachments.find((a) => a.contentType === "application/pdf");
    expect((await readPdf(Buffer.from(attached!.contentBase64, "base64"))).text).toContain(number);
    await deliverDueEmails(db, { send: async () => {} });
    const [sent] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, queued!.id));
    expect(sent).toMatchObject({ status: "sent", sealedSecrets: null });
  });

  it("organisers' exports, the check-in desk and the registration's data carry no passport data", async () => {
    const db = database.db;
    const [event] = await db.select().from(events).where(eq(events.id, eventId));
    const number = passport();
    const familyName = `Visaholder${randomBytes(3).toString("hex")}`;
    const id = await withRequest(db, number, { familyName });
    await confirmAddress(db, id);
    const seen: string[] = [
      String(toCsv(await registrationsTable(db, event!, "en", parseRegistrationFilters({})))),
      String(toCsv(await sessionListsTable(db, event!, "en"))),
      String(toCsv(await attendanceTable(db, event!, "en"))),
      JSON.stringify(await searchDelegates(db, eventId, familyName)),
      JSON.stringify(await attendance(db, eventId)),
      JSON.stringify(await registrationDetail(db, eventId, id)),
    ];
    // The delegate is there (the check means something), their passport number is not.
    expect(seen[0]).toContain(familyName);
    expect(seen[3]).toContain(familyName);
    expect(seen[5]).toContain(familyName);
    for (const text of seen) expect(text).not.toContain(number);
    // The delegate's own copy of their data (their right of access) does hold it.
    expect((await exportRegistrationData(db, id))?.visaRequest).toMatchObject({ passportNumber: number });
  });

  it("the delegate's withdrawal and erasure delete the request", async () => {
    const db = database.db;
    const withdrawn = await withRequest(db, passport());
    expect(await withdrawVisaRequest(db, withdrawn)).toBe(true);
    expect(await withdrawVisaRequest(db, withdrawn)).toBe(false);
    expect(await db.select().from(visaRequests).where(eq(visaRequests.registrationId, withdrawn))).toEqual([]);
    const id = await withRequest(db, passport());
    expect(await eraseRegistration(db, { registrationId: id })).toEqual({ ok: true });
    expect(await db.select().from(visaRequests).where(eq(visaRequests.registrationId, id))).toEqual([]);
  });

  it("the retention pass deletes requests VISA_RETENTION_DAYS after the dialogue; pg_dump holds no passport number", async () => {
    const db = database.db;
    const number = passport();
    const id = await withRequest(db, number);
    // Cartagena ended on 2023-11-29: 30 days later the request is still there, 31 days later it is gone.
    expect(await purgeVisaRequests(db, new Date("2023-12-29T12:00:00Z"), 30)).toBe(0);
    expect(await db.select().from(visaRequests).where(eq(visaRequests.registrationId, id))).toHaveLength(1);
    await applyRetention(db, new Date("2023-12-31T12:00:00Z"));
    expect(await db.select().from(visaRequests).where(eq(visaRequests.registrationId, id))).toEqual([]);
    if (database.url) {
      const bindir = process.env.PG_CLUSTER_BINDIR ?? "/usr/lib/postgresql/15/bin";
      const dump = execFileSync(`${bindir}/pg_dump`, ["--no-owner", database.url], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
      expect(dump).toContain("visa_requests");
      expect(dump).not.toContain(number);
    }
  });
});
