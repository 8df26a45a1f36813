import "server-only";
import { z } from "zod";
import { createPdf, pdfBuffer, textBlock } from "./pdf";

/**
 * What a certificate of attendance prints, already written in the delegate's language (the caller
 * translates and formats, lib/certificates/content.ts): the document holds no logic of its own, so
 * the same data draws the same page for the manage link and for the email sent later.
 */
export const certificateSchema = z.object({
  language: z.string(),
  title: z.string(),
  /** "This is to certify that <name> (<organisation>, <country>) attended <dialogue> in <city>, <dates>." */
  statement: z.string(),
  daysHeading: z.string(),
  days: z.array(z.string()),
  sessionsHeading: z.string(),
  /** Shown instead of the sessions when the delegate checked in at the door only. */
  noSessions: z.string(),
  sessions: z.array(z.object({ title: z.string(), when: z.string() })),
  /** "Issued on <date> by <dialogue / hosts>", then the contact address when there is one. */
  issued: z.string(),
  contact: z.string().nullable(),
});
export type Certificate = z.infer<typeof certificateSchema>;

// A dialogue of a week with a dozen sessions a day still fits one page at this size.
const LIST_SIZE = 10;

/** The one-page certificate of attendance (A4), tagged, with its title and language set. */
export async function certificatePdf(certificate: Certificate): Promise<Buffer> {
  const pdf = createPdf({ title: certificate.title, language: certificate.language, size: "A4", margin: 56 });
  const { doc } = pdf;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.moveDown(2);
  textBlock(pdf, "H1", certificate.title, { size: 26, bold: true, align: "center", width });
  doc.moveDown(1.5);
  textBlock(pdf, "P", certificate.statement, { size: 14, align: "center", width });
  doc.moveDown(1.5);
  textBlock(pdf, "H2", certificate.daysHeading, { size: 13, bold: true, width });
  textBlock(pdf, "P", certificate.days.join(" · "), { size: 11, width });
  doc.moveDown(1);
  textBlock(pdf, "H2", certificate.sessionsHeading, { size: 13, bold: true, width });
  if (certificate.sessions.length === 0) textBlock(pdf, "P", certificate.noSessions, { size: LIST_SIZE, width });
  for (const session of certificate.sessions) {
    textBlock(pdf, "P", `${session.when} — ${session.title}`, { size: LIST_SIZE, width });
  }
  // The issuer's lines sit at the foot of the page, unless the lists already reach it.
  const footer = doc.page.height - doc.page.margins.bottom - 60;
  doc.x = doc.page.margins.left;
  if (doc.y < footer) doc.y = footer;
  else doc.moveDown(1);
  textBlock(pdf, "P", certificate.issued, { size: 11, width });
  if (certificate.contact) textBlock(pdf, "P", certificate.contact, { size: 10, color: "#333333", width });
  return pdfBuffer(pdf);
}
