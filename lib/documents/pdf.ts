import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";

/**
 * The PDF documents a protocol office issues (tickets, badges, letters, certificates) start here:
 * DejaVu embedded (subset) so that names print right in every language the dialogues see (á, ç, ñ,
 * õ, but also ł, ő, ț...), the title shown by readers instead of the file name, the document's
 * language set, and the content tagged (PDF/UA structure) so that screen readers follow its order.
 */
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const fonts = { regular: "DejaVuSans", bold: "DejaVuSans-Bold" } as const;

// Read once per process: pdfkit parses the buffer for every document, but the disk is read once.
const fontFiles = new Map<string, Buffer>();
function fontFile(name: string): Buffer {
  let file = fontFiles.get(name);
  if (!file) {
    file = readFileSync(path.join(FONT_DIR, `${name}.ttf`));
    fontFiles.set(name, file);
  }
  return file;
}

export type PdfOptions = {
  title: string;
  /** BCP 47 tag of the text (the delegate's language). */
  language: string;
  /** "A4", "A6", ... (pdfkit's page sizes). */
  size?: string;
  margin?: number;
};

export type Pdf = {
  doc: PDFKit.PDFDocument;
  /** The document's root structure element: every block of content is added to it, in reading order. */
  root: PDFKit.PDFStructureElement;
};

export function createPdf(options: PdfOptions): Pdf {
  const doc = new PDFDocument({
    size: options.size ?? "A4",
    margin: options.margin ?? 48,
    pdfVersion: "1.7",
    tagged: true,
    lang: options.language,
    displayTitle: true,
    info: { Title: options.title, Creator: "Diálogos", Producer: "Diálogos" },
  });
  for (const name of Object.values(fonts)) doc.registerFont(name, fontFile(name));
  doc.font(fonts.regular);
  const root = doc.struct("Document");
  doc.addStructure(root);
  return { doc, root };
}

/** A block of text as one structure element (heading "H1".."H3" or paragraph "P"). */
export function textBlock(
  pdf: Pdf,
  tag: "H1" | "H2" | "H3" | "P",
  text: string,
  style: { size: number; bold?: boolean; color?: string; align?: "left" | "center" | "right"; width?: number } = { size: 11 },
): void {
  const { doc, root } = pdf;
  root.add(
    doc.struct(tag, {}, () => {
      doc
        .font(style.bold ? fonts.bold : fonts.regular)
        .fontSize(style.size)
        .fillColor(style.color ?? "#111111")
        .text(text, { align: style.align ?? "left", width: style.width });
    }),
  );
}

/** An image with its text alternative (a QR code, a photo, a logo). */
export function figure(pdf: Pdf, image: Buffer, alt: string, place: { x: number; y: number; width: number }): void {
  const { doc, root } = pdf;
  root.add(doc.struct("Figure", { alt }, () => doc.image(image, place.x, place.y, { width: place.width })));
}

/**
 * A QR code drawn as vector squares (sharp at any print size, and a fraction of the time and bytes
 * of an embedded PNG), with its quiet zone, as a figure with its text alternative.
 */
export function qrFigure(pdf: Pdf, text: string, alt: string, place: { x: number; y: number; size: number }): void {
  const { doc, root } = pdf;
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const quiet = 2;
  const cell = place.size / (modules.size + 2 * quiet);
  root.add(
    doc.struct("Figure", { alt }, () => {
      doc.save().rect(place.x, place.y, place.size, place.size).fill("#ffffff");
      // One rectangle per horizontal run of dark modules: fewer seams, a smaller page.
      for (let row = 0; row < modules.size; row++) {
        let start = -1;
        for (let column = 0; column <= modules.size; column++) {
          const dark = column < modules.size && modules.get(row, column);
          if (dark && start < 0) start = column;
          if (!dark && start >= 0) {
            doc.rect(place.x + (start + quiet) * cell, place.y + (row + quiet) * cell, (column - start) * cell, cell);
            start = -1;
          }
        }
      }
      doc.fill("#000000").restore();
    }),
  );
}

/** Ends the document and collects its bytes. */
export function pdfBuffer(pdf: Pdf): Promise<Buffer> {
  const { doc, root } = pdf;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    root.end();
    doc.end();
  });
}
