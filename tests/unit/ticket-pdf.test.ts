import { utils } from "@noble/ed25519";
import { describe, expect, it } from "vitest";
import { checkInPublicKeyOf, createCheckInCode, verifyCheckInCode } from "@/lib/checkin/code";
import { ticketPdf, ticketSchema } from "@/lib/documents/ticket";
import { readPdf } from "../support/pdf";

const secretKey = utils.randomSecretKey();
const ticket = {
  language: "es",
  labels: { title: "Entrada", sessions: "Sus sesiones", qrAlt: "Código QR de registro", noSessions: "Ninguna sesión" },
  dialogue: { title: "Diálogo UE-ALC sobre ciberseguridad", dates: "14–16 feb. 2024", place: "Santo Domingo" },
  delegate: { name: "Joāo Nuñez Çelik Łukasiewicz", organisation: "Ministério das Comunicações" },
  sessions: [
    { when: "14 feb. 09:00", title: "Apertura y diálogo político" },
    { when: "15 feb. 11:30", title: "Protección de infraestructuras críticas" },
  ],
  checkInCode: await createCheckInCode({ eventId: 7, registrationId: 4321, issuedAt: 1_700_000_000 }, secretKey),
};

describe("ticket PDF", { timeout: 30_000 }, () => {
  it("prints accented names and the sessions, with its title, language, structure and the check-in QR, on one page", async () => {
    const bytes = await ticketPdf(ticket);
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toBe(1);
    for (const expected of [
      ticket.delegate.name,
      ticket.delegate.organisation,
      ticket.dialogue.title,
      ...ticket.sessions.map((s) => s.title),
    ]) {
      expect(pdf.text).toContain(expected);
    }
    expect(pdf.title).toBe("Entrada — Diálogo UE-ALC sobre ciberseguridad");
    expect(pdf.language).toBe("es");
    expect(pdf.tagged).toBe(true);
    expect(pdf.qrCodes).toEqual([ticket.checkInCode]);
    expect(await verifyCheckInCode(pdf.qrCodes[0] ?? "", await checkInPublicKeyOf(secretKey))).toEqual({
      eventId: 7,
      registrationId: 4321,
    });
  });

  it("still draws a ticket queued before signed codes, with the old token it named checkInToken", async () => {
    const { checkInCode: _, ...rest } = ticket;
    const queued = ticketSchema.parse({ ...rest, checkInToken: "ci_test_token_123" });
    expect((await readPdf(await ticketPdf(queued))).qrCodes).toEqual(["ci_test_token_123"]);
  });

  it("says so when the delegate has no session", async () => {
    const pdf = await readPdf(await ticketPdf({ ...ticket, sessions: [] }));
    expect(pdf.text).toContain("Ninguna sesión");
  });
});
