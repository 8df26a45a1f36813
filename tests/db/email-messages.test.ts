import { eq } from "drizzle-orm";
import jsQR from "jsqr";
import { type ParsedMail, simpleParser } from "mailparser";
import nodemailer from "nodemailer";
import { PNG } from "pngjs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emailOutbox, events, registrations, users } from "@/db/schema";
import { outboxCounts, retryEmail } from "@/lib/admin/outbox";
import { verifyCheckInCode } from "@/lib/checkin/code";
import { checkInPublicKey } from "@/lib/checkin/signing";
import { deliverDueEmails, type Mailer, mailOptions } from "@/lib/email/sender";
import { queueRegistrationEmail } from "@/lib/email/templates/registration";
import { submitRegistration } from "@/lib/registration";
import type { TestDatabase } from "../support/databases";
import { insertRegistration } from "../support/fixtures";
import { readPdf } from "../support/pdf";
import { CARTAGENA, confirmAddress, eventId, formValues, seededBackends } from "../support/registration";

const FROM = "Diálogos <no-reply@dialogos.test>";
const CONTACT = "dialogues@digital-alliance.example";

/** A mailer that composes each message exactly as SMTP would carry it, and parses it back with mailparser. */
function parsingMailer(): Mailer & { received: ParsedMail[] } {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  const received: ParsedMail[] = [];
  return {
    received,
    async send(message) {
      const info = await transport.sendMail(mailOptions(message, FROM));
      // keepCidLinks: see the HTML as sent (mailparser would turn cid: into data: URIs).
      received.push(await simpleParser(info.message as Buffer, { keepCidLinks: true }));
    },
  };
}

describe.each(seededBackends())("emails as they leave, on $name", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.create();
    await database.db.update(events).set({ contactEmail: CONTACT }).where(eq(events.slug, CARTAGENA));
  });
  beforeEach(async () => {
    await database.db.delete(emailOutbox);
  });
  afterAll(async () => database?.dispose());

  async function register(values: Record<string, unknown>, locale = "en") {
    const result = await submitRegistration(database.db, formValues(values), { eventSlug: CARTAGENA, locale });
    if (result.kind !== "registered") throw new Error(`not registered: ${JSON.stringify(result)}`);
    return result;
  }

  it("a confirmation: preferred language, automatic and answerable, a real HTML document, the QR code inline", async () => {
    // The English form, Spanish preferred: the email and its link are in Spanish.
    const { registrationId, manageToken } = await register({ preferredLanguage: "es", familyName: "Ortega" }, "en");
    const mailer = parsingMailer();
    // First the request to confirm the address (seat holds), which carries the delegate's link.
    expect(await deliverDueEmails(database.db, mailer)).toEqual({ sent: 1, failed: 0 });
    const [ask] = mailer.received;
    expect(ask!.subject).toMatch(/^Confirme su inscripción/);
    expect(ask!.text).toContain(`/es/manage/${manageToken}`);
    expect(String(ask!.html)).toContain(`href="http`);
    expect(String(ask!.html)).toContain(`/es/manage/${manageToken}`);
    await confirmAddress(database.db, registrationId);
    expect(await deliverDueEmails(database.db, mailer)).toEqual({ sent: 1, failed: 0 });
    const mail = mailer.received[1];

    expect(mail!.subject).toMatch(/^Inscripción confirmada/);
    expect(mail!.headers.get("auto-submitted")).toBe("auto-generated");
    expect(mail!.replyTo?.value[0]?.address).toBe(CONTACT);

    const html = String(mail!.html);
    expect(html).toMatch(/^<!doctype html>\s*<html lang="es">\s*<head>\s*<meta charset="utf-8">/i);
    expect(html).toContain(`<title>${mail!.subject}</title>`);

    const qr = mail!.attachments.find((a) => a.contentType === "image/png");
    expect(qr?.cid).toBe("check-in-qr@dialogos");
    expect(qr?.related).toBe(true);
    expect(html).toContain(`src="cid:${qr!.cid}"`);
    const image = PNG.sync.read(qr!.content);
    const [row] = await database.db.select().from(registrations).where(eq(registrations.id, registrationId));
    // A signed code (not the old opaque token) that a device verifies offline with the public key.
    const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? "";
    expect(code).toMatch(/^DLG1\./);
    expect(code).not.toContain(row!.checkInToken);
    expect(await verifyCheckInCode(code, await checkInPublicKey())).toEqual({ eventId: row!.eventId, registrationId });
    expect(mail!.attachments.some((a) => a.contentType.startsWith("text/calendar"))).toBe(true);

    // The PDF ticket, in Spanish, with the delegate's name and the same check-in QR code.
    const ticket = mail!.attachments.find((a) => a.contentType === "application/pdf");
    expect(ticket?.filename).toBe(`entrada-${CARTAGENA}.pdf`);
    const pdf = await readPdf(ticket!.content);
    expect(pdf).toMatchObject({ pages: 1, language: "es", tagged: true, qrCodes: [code] });
    expect(pdf.title).toMatch(/^Entrada — /);
    expect(pdf.text).toContain(`${row!.givenName} Ortega`);
  });

  it("keeps no working link or check-in token readable in the outbox, before or after sending", async () => {
    const { registrationId, manageToken } = await register({});
    const [registration] = await database.db.select().from(registrations).where(eq(registrations.id, registrationId));
    const secrets = [manageToken, registration!.checkInToken];
    const rows = async () => JSON.stringify(await database.db.select().from(emailOutbox));

    const queued = await rows();
    for (const secret of secrets) expect(queued).not.toContain(secret);
    const mailer = parsingMailer();
    await deliverDueEmails(database.db, mailer);
    expect(mailer.received[0]!.text).toContain(manageToken);

    const sent = await rows();
    for (const secret of secrets) expect(sent).not.toContain(secret);
    const [row] = await database.db.select().from(emailOutbox);
    expect(row).toMatchObject({ status: "sent", sealedSecrets: null });
    expect(row!.textBody).toContain("[link removed once sent]");
  });

  it("echoes only the delegate's name and the dialogue's data, never other text they typed", async () => {
    // Written straight to the table, as data from before the form refused such text would be.
    const id = await eventId(database.db, CARTAGENA);
    const registration = await insertRegistration(database.db, id, {
      organisation: "Claim your prize at https://evil.example/win",
      position: "Call +1 555 0100 now",
      represents: "www.evil.example",
      locale: "en",
      preferredLanguage: "en",
    });
    await database.db.transaction((tx) => queueRegistrationEmail(tx, registration.id, "confirmed"));
    const [row] = await database.db.select().from(emailOutbox).where(eq(emailOutbox.registrationId, registration.id));
    const everything = `${row!.subject}\n${row!.textBody}\n${row!.htmlBody}`;
    expect(everything).toContain(`${registration.givenName} ${registration.familyName}`);
    for (const typed of ["evil.example", "prize", "555 0100"]) expect(everything).not.toContain(typed);
  });

  it("without SMTP nothing is called sent: the messages wait as 'unsent' and an admin may retry them", async () => {
    await register({});
    expect(await deliverDueEmails(database.db, null)).toEqual({ sent: 0, failed: 0 });
    const [row] = await database.db.select().from(emailOutbox);
    expect(row).toMatchObject({ status: "unsent", sentAt: null });
    expect((await outboxCounts(database.db)).unsent).toBe(1);
    const [admin] = await database.db
      .insert(users)
      .values({ email: `admin.${row!.id}.${backend.name}@example.org`, name: "Admin", role: "admin", passwordHash: "x" })
      .returning();
    expect(await retryEmail(database.db, { id: admin!.id, email: admin!.email }, row!.id)).toBe(true);
    const mailer = parsingMailer();
    expect(await deliverDueEmails(database.db, mailer)).toEqual({ sent: 1, failed: 0 });
  });
});
