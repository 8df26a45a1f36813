import "server-only";
import { z } from "zod";
import { createPdf, figure, pdfBuffer, textBlock } from "./pdf";

/**
 * What a visa invitation letter prints, already written in the delegate's language
 * (lib/visa/letter.ts writes it). Sealed in the outbox when it is emailed: it holds the passport
 * number, so it is drawn when the message is sent and never kept as a file.
 */
export const visaLetterSchema = z.object({
  language: z.string(),
  title: z.string(),
  issuingBody: z.string(),
  /** The letterhead's logo (PNG or JPEG, base64) and its text alternative. */
  logo: z.object({ base64: z.string(), alt: z.string(), aspect: z.number().positive() }).nullable(),
  placeAndDate: z.string(),
  subject: z.string(),
  salutation: z.string(),
  paragraphs: z.array(z.string()),
  particulars: z.array(z.object({ label: z.string(), value: z.string() })),
  closing: z.string(),
  signatory: z.object({ name: z.string(), title: z.string() }),
});
export type VisaLetter = z.infer<typeof visaLetterSchema>;

const LOGO_WIDTH = 110;
const LOGO_MAX_HEIGHT = 90;

/** One A4 letter: letterhead (logo, issuing body), date, subject, body, the passport particulars, signature. */
export async function visaLetterPdf(letter: VisaLetter): Promise<Buffer> {
  const pdf = createPdf({ title: letter.title, language: letter.language, size: "A4", margin: 56 });
  const { doc } = pdf;
  if (letter.logo) {
    const top = doc.y;
    const width = Math.min(LOGO_WIDTH, LOGO_MAX_HEIGHT * letter.logo.aspect);
    figure(pdf, Buffer.from(letter.logo.base64, "base64"), letter.logo.alt, { x: doc.page.margins.left, y: top, width });
    doc.x = doc.page.margins.left;
    doc.y = top + width / letter.logo.aspect + 12;
  }
  textBlock(pdf, "H1", letter.issuingBody, { size: 16, bold: true });
  doc.moveDown(0.5);
  textBlock(pdf, "P", letter.placeAndDate, { size: 11, align: "right" });
  doc.moveDown(1);
  textBlock(pdf, "H2", letter.subject, { size: 12, bold: true });
  doc.moveDown(0.8);
  textBlock(pdf, "P", letter.salutation, { size: 11 });
  for (const paragraph of letter.paragraphs) {
    doc.moveDown(0.6);
    textBlock(pdf, "P", paragraph, { size: 11, align: "left" });
  }
  doc.moveDown(0.6);
  for (const { label, value } of letter.particulars) textBlock(pdf, "P", `${label}: ${value}`, { size: 11 });
  doc.moveDown(0.8);
  textBlock(pdf, "P", letter.closing, { size: 11 });
  doc.moveDown(2.5);
  textBlock(pdf, "P", letter.signatory.name, { size: 11, bold: true });
  textBlock(pdf, "P", letter.signatory.title, { size: 11 });
  textBlock(pdf, "P", letter.issuingBody, { size: 11, color: "#333333" });
  return pdfBuffer(pdf);
}
