import { and, eq, like } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditLog, checkIns, type Event, emailOutbox, events, registrations, sessions } from "@/db/schema";
import { attendanceOf } from "@/lib/certificates/attendance";
import { certificateSummary, delegateCertificate, registrationCertificate, sendCertificates } from "@/lib/certificates/certificates";
import { setClock } from "@/lib/clock";
import { openOutboxEmail } from "@/lib/email/sender";
import { hashToken, newToken } from "@/lib/tokens";
import { backends, type TestDatabase } from "../support/databases";
import { insertRegistration } from "../support/fixtures";
import { readPdf } from "../support/pdf";

// Two sends at once need two connections on PostgreSQL.
process.env.DB_POOL_SIZE = "4";

// Lisbon is UTC+1 in June: the last day, 11 June, ends at 23:00 UTC.
const DURING = new Date("2024-06-11T22:30:00Z");
const AFTER = new Date("2024-06-11T23:30:00Z");

describe.each(backends())("certificates of attendance on $name", { timeout: 60_000 }, (backend) => {
  let database: TestDatabase;
  let event: Event;
  let other: Event;
  let opening: number;
  let workshop: number;
  const tokens = { attended: newToken(), absent: newToken(), cancelled: newToken() };
  const ids: Record<"attended" | "doorOnly" | "absent" | "cancelled" | "pending" | "elsewhere", number> = {} as never;

  const dialogue = (slug: string) => ({
    slug,
    title: { en: `Dialogue ${slug}`, es: `Diálogo ${slug}` },
    summary: { en: "Test" },
    venue: { en: "Hall" },
    city: "Lisboa",
    countryCode: "PT",
    timeZone: "Europe/Lisbon",
    startDate: "2024-06-10",
    endDate: "2024-06-11",
    contactEmail: "contact@example.org",
  });

  beforeAll(async () => {
    database = await backend.create();
    const db = database.db;
    [event, other] = (await db
      .insert(events)
      .values([dialogue("certs-main"), dialogue("certs-other")])
      .returning()) as [Event, Event];
    const session = (slug: string, title: string, startsAt: string) => ({
      eventId: event.id,
      slug,
      title: { en: title, es: `${title} (es)` },
      description: { en: "" },
      kind: "workshop" as const,
      room: "A",
      startsAt: new Date(startsAt),
      endsAt: new Date(Date.parse(startsAt) + 3_600_000),
    });
    const rows = await db
      .insert(sessions)
      .values([session("opening", "Opening plenary", "2024-06-10T08:00:00Z"), session("workshop", "Data workshop", "2024-06-11T13:30:00Z")])
      .returning();
    [opening, workshop] = rows.map((row) => row.id) as [number, number];
    const add = (overrides: Parameters<typeof insertRegistration>[2]) => insertRegistration(db, event.id, overrides).then((r) => r.id);
    ids.attended = await add({
      givenName: "Inês",
      familyName: "Conceição",
      preferredLanguage: "es",
      manageTokenHash: hashToken(tokens.attended),
    });
    ids.doorOnly = await add({ givenName: "Door", familyName: "Only", preferredLanguage: "fr", locale: "fr" });
    ids.absent = await add({ givenName: "Never", familyName: "Came", manageTokenHash: hashToken(tokens.absent) });
    ids.cancelled = await add({ givenName: "Gone", familyName: "Away", manageTokenHash: hashToken(tokens.cancelled) });
    ids.pending = await add({ givenName: "Still", familyName: "Pending", status: "pending" });
    ids.elsewhere = (await insertRegistration(db, other.id, { givenName: "Other", familyName: "Dialogue" })).id;
    await db.insert(checkIns).values([
      { registrationId: ids.attended, day: "2024-06-10", sessionId: null },
      { registrationId: ids.attended, day: "2024-06-10", sessionId: opening },
      { registrationId: ids.attended, day: "2024-06-11", sessionId: workshop },
      { registrationId: ids.doorOnly, day: "2024-06-11", sessionId: null },
      { registrationId: ids.cancelled, day: "2024-06-10", sessionId: null },
      { registrationId: ids.pending, day: "2024-06-10", sessionId: null },
      { registrationId: ids.elsewhere, day: "2024-06-10", sessionId: null },
    ]);
    // Checked in, then cancelled: a cancelled registration never has a certificate.
    await db
      .update(registrations)
      .set({ status: "cancelled", cancelledAt: new Date("2024-06-11T10:00:00Z") })
      .where(eq(registrations.id, ids.cancelled));
  });
  afterEach(() => setClock(null));
  afterAll(async () => database?.dispose());

  const certificates = () => database.db.select().from(emailOutbox).where(like(emailOutbox.dedupeKey, "certificate:%"));

  it("refuses before the dialogue's last day is over in its own zone", async () => {
    setClock(DURING);
    expect((await delegateCertificate(database.db, tokens.attended))?.result).toEqual({ status: "notYet" });
    expect(await sendCertificates(database.db, null, event, { confirmCount: 2 })).toEqual({ status: "notEnded" });
    expect((await certificateSummary(database.db, event)).ended).toBe(false);
    expect(await certificates()).toHaveLength(0);
  });

  it("refuses a delegate never checked in, a cancelled one, a pending one; opens nothing for an unknown link", async () => {
    setClock(AFTER);
    expect((await delegateCertificate(database.db, tokens.absent))?.result).toEqual({ status: "notAttended" });
    expect((await delegateCertificate(database.db, tokens.cancelled))?.result).toEqual({ status: "notAttended" });
    expect(await registrationCertificate(database.db, event.id, ids.pending)).toEqual({ status: "notAttended" });
    expect(await delegateCertificate(database.db, newToken())).toBeNull();
    // Another dialogue's registration is not this dialogue's to print.
    expect(await registrationCertificate(database.db, event.id, ids.elsewhere)).toBeNull();
  });

  it("lists the days and sessions a checked-in delegate attended, in their language", async () => {
    setClock(AFTER);
    const attendance = await attendanceOf(database.db, ids.attended);
    expect(attendance.days).toEqual(["2024-06-10", "2024-06-11"]);
    expect(attendance.sessions.map((s) => s.title.en)).toEqual(["Opening plenary", "Data workshop"]);
    expect(await attendanceOf(database.db, ids.doorOnly)).toEqual({ days: ["2024-06-11"], sessions: [] });

    const found = await delegateCertificate(database.db, tokens.attended);
    expect(found?.result?.status).toBe("eligible");
    if (found?.result?.status !== "eligible") return;
    expect(found.result.filename).toBe("certificado-de-asistencia-certs-main.pdf");
    const pdf = await readPdf(found.result.pdf);
    expect(pdf.pages).toBe(1);
    expect(pdf.language).toBe("es");
    expect(pdf.text).toContain("Se certifica que Inês Conceição (Ministerio TIC, Colombia) asistió a Diálogo certs-main en Lisboa");
    expect(pdf.text).toContain("lunes, 10 de junio de 2024");
    expect(pdf.text).toContain("martes, 11 de junio de 2024");
    expect(pdf.text).toMatch(/09:00.*Opening plenary \(es\)/);
    expect(pdf.text).toMatch(/14:30.*Data workshop \(es\)/);
  });

  it("sends each eligible delegate one certificate by email, in their language, once; the send is audited", async () => {
    setClock(AFTER);
    expect(await certificateSummary(database.db, event)).toEqual({ ended: true, eligible: 2, sent: 0, toSend: 2 });
    // The organiser confirms the count they saw; a stale count is shown the new one and queues nothing.
    expect(await sendCertificates(database.db, null, event, { confirmCount: 5 })).toEqual({ status: "countMismatch", count: 2 });
    expect(await certificates()).toHaveLength(0);

    expect(await sendCertificates(database.db, null, event, { confirmCount: 2 })).toEqual({ status: "sent", count: 2 });
    const queued = await certificates();
    expect(queued.map((row) => row.registrationId).sort()).toEqual([ids.attended, ids.doorOnly].sort());
    const spanish = queued.find((row) => row.registrationId === ids.attended)!;
    expect(spanish.subject).toBe("Su certificado de asistencia — Diálogo certs-main");
    expect(queued.find((row) => row.registrationId === ids.doorOnly)!.subject).toContain("Votre attestation de participation");
    // The row keeps sealed data, no PDF; the sender draws it.
    expect(spanish.attachments).toEqual([]);
    const outgoing = await openOutboxEmail(spanish);
    const [attachment] = outgoing.attachments;
    expect(attachment?.contentType).toBe("application/pdf");
    expect(attachment?.filename).toBe("certificado-de-asistencia-certs-main.pdf");
    expect((await readPdf(Buffer.from(attachment!.contentBase64, "base64"))).text).toContain("Inês Conceição");

    // Twice: nothing left to send, nothing queued.
    expect(await sendCertificates(database.db, null, event, { confirmCount: 2 })).toEqual({ status: "nothingToSend" });
    expect(await sendCertificates(database.db, null, event, { confirmCount: 0 })).toEqual({ status: "nothingToSend" });
    expect(await certificates()).toHaveLength(2);
    expect(await certificateSummary(database.db, event)).toEqual({ ended: true, eligible: 2, sent: 2, toSend: 0 });
    const audits = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "certificates.send"), eq(auditLog.eventId, event.id)));
    expect(audits.map((a) => a.after)).toEqual([{ recipients: 2 }]);
  });

  it("sends a delegate checked in later only their own certificate", async () => {
    setClock(AFTER);
    await database.db.insert(checkIns).values({ registrationId: ids.absent, day: "2024-06-11", sessionId: null });
    expect(await sendCertificates(database.db, null, event, { confirmCount: 1 })).toEqual({ status: "sent", count: 1 });
    expect((await certificates()).filter((row) => row.registrationId === ids.absent)).toHaveLength(1);
    expect(await certificates()).toHaveLength(3);
  });

  it("queues one set when two organisers send at the same moment", async () => {
    setClock(AFTER);
    const late = await insertRegistration(database.db, event.id, { givenName: "Late", familyName: "Arrival" });
    await database.db.insert(checkIns).values({ registrationId: late.id, day: "2024-06-11", sessionId: workshop });
    const results = await Promise.all([1, 2].map(() => sendCertificates(database.db, null, event, { confirmCount: 1 })));
    expect(results.map((r) => r.status).sort()).toEqual(["nothingToSend", "sent"]);
    expect((await certificates()).filter((row) => row.registrationId === late.id)).toHaveLength(1);
  });
});
