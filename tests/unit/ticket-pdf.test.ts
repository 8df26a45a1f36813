import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { ticketPdf } from "@/lib/documents/ticket";

const ticket = {
  language: "es",
  labels: { title: "Entrada", sessions: "Sus sesiones", qrAlt: "Código QR de registro", noSessions: "Ninguna sesión" },
  dialogue: { title: "Diálogo UE-ALC sobre ciberseguridad", dates: "14–16 feb. 2024", place: "Santo Domingo" },
  delegate: { name: "Joāo Nuñez Çelik Łukasiewicz", organisation: "Ministério das Comunicações", status: "Confirmada" },
  sessions: [
    { when: "14 feb. 09:00", title: "Apertura y diálogo político" },
    { when: "15 feb. 11:30", title: "Protección de infraestructuras críticas" },
  ],
  checkInToken: "ci_test_token_123",
};

describe("ticket PDF", () => {
  it("prints accented names, the sessions and its title and language, on one page", async () => {
    const bytes = await ticketPdf(ticket);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    expect(pdf.numPages).toBe(1);
    const { text } = await extractText(pdf, { mergePages: true });
    for (const expected of [
      ticket.delegate.name,
      ticket.delegate.organisation,
      ticket.dialogue.title,
      ...ticket.sessions.map((s) => s.title),
    ]) {
      expect(text).toContain(expected);
    }
    const { info } = await pdf.getMetadata();
    expect((info as { Title?: string }).Title).toBe("Entrada — Diálogo UE-ALC sobre ciberseguridad");
    // The catalogue's language and the structure tree (screen readers' reading order).
    const raw = bytes.toString("latin1");
    expect(raw).toMatch(/\/Lang \(es\)/);
    expect(raw).toContain("/StructTreeRoot");
    expect(raw).toContain("/DisplayDocTitle true");
  });
});
