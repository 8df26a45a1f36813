import "server-only";
import { z } from "zod";
import { certificatePdf, certificateSchema } from "./certificate";
import { ticketPdf, ticketSchema } from "./ticket";
import { visaLetterPdf, visaLetterSchema } from "./visa-letter";

/**
 * A PDF an email attaches, kept as its data until the moment it is sent and drawn then: the ticket
 * prints the check-in code, a visa letter a passport number, so neither is ever stored as a file
 * (the data travels sealed in the outbox row, lib/email/sealed.ts).
 */
export const drawnDocumentSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ticket"), filename: z.string(), data: ticketSchema }),
  z.object({ kind: z.literal("visaLetter"), filename: z.string(), data: visaLetterSchema }),
  z.object({ kind: z.literal("certificate"), filename: z.string(), data: certificateSchema }),
]);
export type DrawnDocument = z.infer<typeof drawnDocumentSchema>;

export function drawDocument(document: DrawnDocument): Promise<Buffer> {
  switch (document.kind) {
    case "ticket":
      return ticketPdf(document.data);
    case "visaLetter":
      return visaLetterPdf(document.data);
    case "certificate":
      return certificatePdf(document.data);
  }
}
