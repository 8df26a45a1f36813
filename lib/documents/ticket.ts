import "server-only";
import { z } from "zod";
import { createPdf, pdfBuffer, qrFigure, textBlock } from "./pdf";

/** What a ticket prints, already in the delegate's language (the caller translates and formats). */
export const ticketSchema = z.preprocess(
  legacyTicket,
  z.object({
    language: z.string(),
    labels: z.object({ title: z.string(), sessions: z.string(), qrAlt: z.string(), noSessions: z.string() }),
    dialogue: z.object({ title: z.string(), dates: z.string(), place: z.string() }),
    delegate: z.object({ name: z.string(), organisation: z.string() }),
    sessions: z.array(z.object({ title: z.string(), when: z.string() })),
    /** What the QR carries: a signed check-in code (lib/checkin/code.ts). */
    checkInCode: z.string(),
  }),
);

/** Tickets queued before signed codes named the opaque token `checkInToken`: still drawn, with it. */
function legacyTicket(value: unknown): unknown {
  if (typeof value !== "object" || value === null || "checkInCode" in value || !("checkInToken" in value)) return value;
  const { checkInToken, ...rest } = value as { checkInToken: unknown };
  return { ...rest, checkInCode: checkInToken };
}
export type Ticket = z.infer<typeof ticketSchema>;

const QR_SIZE = 150;

/**
 * The one-page ticket attached to the confirmation: who, which dialogue, which sessions, and the
 * check-in QR code. It holds the signed check-in code, so it is drawn when the email is sent, never stored.
 */
export async function ticketPdf(ticket: Ticket): Promise<Buffer> {
  const pdf = createPdf({ title: `${ticket.labels.title} — ${ticket.dialogue.title}`, language: ticket.language, size: "A4" });
  const { doc } = pdf;
  textBlock(pdf, "H1", ticket.dialogue.title, { size: 20, bold: true });
  textBlock(pdf, "P", `${ticket.dialogue.dates} · ${ticket.dialogue.place}`, { size: 11, color: "#333333" });
  doc.moveDown(1);
  const top = doc.y;
  const qrX = doc.page.width - doc.page.margins.right - QR_SIZE;
  qrFigure(pdf, ticket.checkInCode, ticket.labels.qrAlt, { x: qrX, y: top, size: QR_SIZE });
  doc.x = doc.page.margins.left;
  doc.y = top;
  const textWidth = qrX - doc.page.margins.left - 16;
  textBlock(pdf, "H2", ticket.delegate.name, { size: 18, bold: true });
  doc.text("", { width: textWidth });
  textBlock(pdf, "P", ticket.delegate.organisation, { size: 12 });
  doc.y = Math.max(doc.y, top + QR_SIZE) + 16;
  doc.x = doc.page.margins.left;
  textBlock(pdf, "H2", ticket.labels.sessions, { size: 14, bold: true });
  if (ticket.sessions.length === 0) textBlock(pdf, "P", ticket.labels.noSessions, { size: 11 });
  for (const session of ticket.sessions) textBlock(pdf, "P", `${session.when} — ${session.title}`, { size: 11 });
  return pdfBuffer(pdf);
}
